/* stance classify as a user meets it: where its messages point, what a bad byte costs, how
 * statements are measured, and what reaches a terminal. */
#define _POSIX_C_SOURCE 200809L
#include "tool.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A bad byte inside a document or an article is reported at its own line, as in lines mode:
 * the offset was right, the line was the one the statement starts on. */
static void bad_bytes_name_their_line(void **state)
{
    (void)state;
    static const char bad[] = "We welcome the talks.\nWe condemn \xff it.\n";
    write_file("b.txt", bad, sizeof bad - 1);
    static const char nul[] = "ok.\nbad \0 x\n";
    write_file("n.txt", nul, sizeof nul - 1);
    static const char *const modes[] = {"lines", "document", "quotes"};
    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(RUN(NULL, "classify", "--mode", modes[i], path("b.txt")), 0);
        expect_in(err, "b.txt:2: invalid UTF-8 at byte offset 33; bad bytes replaced");
        assert_int_equal(RUN(NULL, "classify", "--strict", "--mode", modes[i], path("b.txt")), 1);
        expect_in(err, "b.txt:2: invalid UTF-8 at byte offset 33");
        assert_int_equal(RUN(NULL, "classify", "--mode", modes[i], path("n.txt")), 1);
        expect_in(err, "n.txt:2: NUL byte at offset 8");
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bad_bytes_name_their_line),
    };
    return cmocka_run_group_tests_name("cli_classify", tests, tool_setup, tool_teardown);
}
