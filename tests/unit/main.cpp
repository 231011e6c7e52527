// main.cpp: doctest's main for the unit-tests executable (content and UI tests alike).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
