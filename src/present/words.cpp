// words.cpp: the sheet's ways of writing, read from its ui strings; no C library locale (the
// wasm build has none worth using).
#include "present/words.h"

#include <cmath>
#include <cstdio>
#include <vector>

namespace factsheet::present {
namespace {

std::string digits(int v, int width) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%0*d", width, v);
    return buf;
}

// Every {name} replaced, for patterns with several parts ("{month} {day}, {year}").
std::string fill_all(std::string text, std::initializer_list<std::pair<std::string_view, std::string>> parts) {
    for (const auto& [name, value] : parts) {
        const std::string key = "{" + std::string(name) + "}";
        for (std::size_t at; (at = text.find(key)) != std::string::npos;) text.replace(at, key.size(), value);
    }
    return text;
}

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t end = text.find(' ', pos);
        const std::size_t stop = end == std::string::npos ? text.size() : end;
        if (stop > pos) out.push_back(text.substr(pos, stop - pos));
        pos = stop + 1;
    }
    return out;
}

}  // namespace

std::string number(const content::Sheet& s, double value, int max_decimals) {
    if (!std::isfinite(value) || std::fabs(value) >= 1e15) return "?";
    if (max_decimals < 0) max_decimals = 0;
    if (max_decimals > 6) max_decimals = 6;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", max_decimals, std::fabs(value));
    std::string whole = buf, decimals;
    const std::size_t dot = whole.find('.');
    if (dot != std::string::npos) {
        decimals = whole.substr(dot + 1);
        whole.resize(dot);
        while (!decimals.empty() && decimals.back() == '0') decimals.pop_back();
    }
    const std::string& group = s.ui_text("number_group");
    std::string out;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (whole.size() > 3u && i > 0 && (whole.size() - i) % 3 == 0) out += group;
        out += whole[i];
    }
    if (!decimals.empty()) out += s.ui_text("number_decimal") + decimals;
    if (value < 0 && (whole.find_first_not_of('0') != std::string::npos || !decimals.empty())) out.insert(0, "-");
    return out;
}

std::string value(const content::Sheet& s, double v, content::Qualifier q) {
    const std::string n = number(s, v);
    switch (q) {
        case content::Qualifier::About: return fill(s.ui_text("value_about"), "n", n);
        case content::Qualifier::MoreThan: return fill(s.ui_text("value_more_than"), "n", n);
        case content::Qualifier::LessThan: return fill(s.ui_text("value_less_than"), "n", n);
        case content::Qualifier::Exact: break;
    }
    return n;
}

std::string value_sign(const content::Sheet& s, double v, content::Qualifier q) {
    const char* sign = "";
    switch (q) {
        case content::Qualifier::About: sign = "~"; break;  // Noto Sans has no "\u2248"
        case content::Qualifier::MoreThan: sign = ">"; break;
        case content::Qualifier::LessThan: sign = "<"; break;
        case content::Qualifier::Exact: break;
    }
    return sign + number(s, v);
}

std::string tick(const content::Sheet& s, double v) {
    if (std::fabs(v) >= 1e6) return fill(s.ui_text("number_millions"), "n", number(s, v / 1e6, 1));
    if (std::fabs(v) >= 1e4) return fill(s.ui_text("number_thousands"), "n", number(s, v / 1e3, 1));
    return number(s, v, 1);
}

std::string date(const content::Sheet& s, const content::Date& d) {
    if (d.year == 0) return d.text;
    const std::string year = std::to_string(d.year);
    if (d.month < 1 || d.month > 12) return year;
    const std::vector<std::string> months = words_of(s.ui_text("months"));
    const std::string month = months.size() == 12 ? months[d.month - 1] : digits(d.month, 2);
    if (d.day <= 0) return fill_all(s.ui_text("date_month"), {{"month", month}, {"year", year}});
    return fill_all(s.ui_text("date_day"), {{"month", month}, {"day", std::to_string(d.day)}, {"year", year}});
}

std::string hour(const content::Sheet& s, double h) {
    const int minutes = static_cast<int>(h * 60.0 + 0.5);
    if (minutes >= 24 * 60) return s.ui_text("hour_end_of_day");
    const int hh = minutes / 60 % 24, mm = minutes % 60;
    return fill_all(s.ui_text(mm ? "hour_minutes" : "hour"),
                    {{"h12", std::to_string(hh % 12 == 0 ? 12 : hh % 12)}, {"h24", digits(hh, 2)},
                     {"mm", digits(mm, 2)}, {"ampm", s.ui_text(hh < 12 ? "hour_am" : "hour_pm")}});
}

std::string hours(const content::Sheet& s, const content::DiagramItem& item) {
    std::string out;
    for (std::size_t i = 0; i < item.hours.size(); ++i) {
        if (i) out += ", ";
        out += hour(s, item.hours[i].from);
        if (!item.hours[i].moment()) out += "\u2013" + hour(s, item.hours[i].to);
    }
    return out;
}

std::string point_label(const content::Sheet& s, const content::ChartPoint& p) {
    return p.label.empty() ? date(s, p.date) : p.label;
}

Template split(const std::string& text, std::string_view name) {
    const std::string key = "{" + std::string(name) + "}";
    const std::size_t at = text.find(key);
    if (at == std::string::npos) return {text + " ", "", false};
    return {text.substr(0, at), text.substr(at + key.size()), true};
}

std::string fill(const std::string& text, std::string_view name, const std::string& value) {
    const Template t = split(text, name);
    return t.before + value + t.after;
}

std::string translation_note(const content::Sheet& s) {
    if (!s.meta.translation) return {};
    const content::Translation& t = *s.meta.translation;
    return fill(s.ui_text("translation_by"), "by", t.by) + " " +
           s.ui_text(t.native_review ? "translation_reviewed" : "translation_not_reviewed");
}

}  // namespace factsheet::present
