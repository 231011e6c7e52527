// no_exceptions.cpp: the web build has no exception handling (-sDISABLE_EXCEPTION_CATCHING=1);
// a library compiled with throws (the QR code encoder checks its arguments that way; qr.cpp never
// hands it bad ones) would still construct each exception and call Emscripten's JavaScript
// __cxa_throw, which only aborts. Here a throw traps where it stands: with link-time optimisation
// the code that builds the exception is dead, and the page's script carries no exception support.
#include <cstddef>

extern "C" {

void* __cxa_allocate_exception(std::size_t) { __builtin_trap(); }
void __cxa_throw(void*, void*, void (*)(void*)) { __builtin_trap(); }

}  // extern "C"
