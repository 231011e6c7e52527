# fonts.cmake: Noto Sans Regular and Bold from Debian's fonts-noto-core, subset at build time to
# the scripts the sheet's languages need (Latin, Latin-1, Latin Extended-A, punctuation).
# Both builds use them: the web build ships them, the native tests lay text out with them.
set(FACTSHEET_FONT_SRC_DIR "/usr/share/fonts/truetype/noto" CACHE PATH "Noto Sans TTFs")
find_program(PYFTSUBSET pyftsubset REQUIRED)
set(FACTSHEET_FONT_DIR "${CMAKE_BINARY_DIR}/fonts")
# General punctuation, the parts Latin-script text uses: spaces and zero-width joiners (2000-200D),
# dashes, quotes, bullet, ellipsis (2010-2027), narrow no-break space, per mille, primes
# (202F-2034), single guillemets (2039-203A), fraction slash (2044), word joiner (2060); not the
# bidi controls or rare marks (‼ ⁂ ※ ...), 3.2 kB of brotli in the two fonts. 20AC euro;
# 2190-2193 arrows; 2212 minus; 00A0-00FF Latin-1 incl. ¿ ¡ á é ñ; 0100-017F Latin Extended-A
# (other Latin languages, the en-XA pseudo-locale). The unit test "the shipped font subset has
# every character the content uses" checks data/*.json and en-XA against these fonts.
set(FACTSHEET_FONT_UNICODES "U+0020-007E,U+00A0-00FF,U+0100-017F,U+2000-200D,U+2010-2027,U+202F-2034,U+2039-203A,U+2044,U+2060,U+20AC,U+2190-2193,U+2212,U+2713,U+2715")
set(FACTSHEET_FONTS "")
foreach(face Regular Bold)
  set(out "${FACTSHEET_FONT_DIR}/NotoSans-${face}.ttf")
  add_custom_command(OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${FACTSHEET_FONT_DIR}"
    COMMAND ${PYFTSUBSET} "${FACTSHEET_FONT_SRC_DIR}/NotoSans-${face}.ttf"
            "--unicodes=${FACTSHEET_FONT_UNICODES}" --no-hinting --layout-features=kern,liga
            --name-IDs=0,1,2,3,4,5,6 "--output-file=${out}"
    DEPENDS "${FACTSHEET_FONT_SRC_DIR}/NotoSans-${face}.ttf" "${CMAKE_CURRENT_LIST_FILE}"  # the ranges above
    COMMENT "Subsetting NotoSans-${face}"
    VERBATIM)
  list(APPEND FACTSHEET_FONTS "${out}")
endforeach()
add_custom_target(fonts ALL DEPENDS ${FACTSHEET_FONTS})
