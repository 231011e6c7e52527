// phone.cpp: phone numbers as the contact blocks write them, and their tel: addresses.
#include "content/phone.h"

namespace factsheet::content {

bool is_phone(std::string_view text) {
    if (text.empty() || text.size() > 40) return false;
    const char first = text[0];
    if (!(first == '+' || first == '(' || (first >= '0' && first <= '9'))) return false;
    std::size_t digits = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') ++digits;
        else if (c == '+' && i == 0) continue;
        else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.') return false;
    }
    const char last = text.back();
    return digits >= phone_min_digits && digits <= phone_max_digits && last >= '0' && last <= '9';
}

std::string phone_digits(std::string_view text) {
    std::string out;
    for (char c : text)
        if (c >= '0' && c <= '9') out += c;
    return out;
}

std::string tel_url(std::string_view text) {
    if (!is_phone(text)) return {};
    const std::string digits = phone_digits(text);
    if (text[0] == '+') return "tel:+" + digits;
    if (digits.size() == 10) return "tel:+1" + digits;
    if (digits.size() == 11 && digits[0] == '1') return "tel:+" + digits;
    return "tel:" + digits;  // a short or local number: dialled as written
}

}  // namespace factsheet::content
