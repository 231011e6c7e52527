// phone.h: the phone numbers a contact block gives (FORMAT.md, "contact"): written as readers
// see them, dialled through a tel: link; one definition for the checker, the page and the app.
#pragma once

#include <string>
#include <string_view>

namespace factsheet::content {

// Shortest and longest count of digits a number may have (E.164 allows 15).
constexpr std::size_t phone_min_digits = 7;
constexpr std::size_t phone_max_digits = 15;

// "1-888-351-4024", "+1 (800) 898-7180": digits, spaces and + - ( ) . only (a + only first),
// starting with a digit, "(" or "+", with phone_min_digits to phone_max_digits digits.
bool is_phone(std::string_view text);

// Its digits alone ("18883514024"): what a passage must hold for the number to be sourced.
std::string phone_digits(std::string_view text);

// The tel: address that dials it: "tel:+18883514024". A number without "+" is a US one (the
// sheet is about the US): ten digits get the country code 1. Empty when is_phone is false.
std::string tel_url(std::string_view text);

}  // namespace factsheet::content
