# Writes a C file holding the bytes of INPUT as stance__default_model_data (cmake -P).
file(READ "${INPUT}" hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," body "${hex}")
file(WRITE "${OUTPUT}.tmp"
  "/* Generated at build time from models/stance-en.stnc by cmake/embed.cmake. */\n"
  "#include <stddef.h>\n"
  "extern const unsigned char stance__default_model_data[];\n"
  "extern const size_t stance__default_model_size;\n"
  "const unsigned char stance__default_model_data[] = {${body}};\n"
  "const size_t stance__default_model_size = sizeof stance__default_model_data;\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
