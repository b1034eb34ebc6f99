/*
 * The benchmark's yardstick: SQL run by the very SQLite the app uses (better-sqlite3's
 * amalgamation, compiled with its own options by bench/yardstick.ts), with no JavaScript and no
 * app code. Debian's sqlite3 shell is another, older SQLite that cannot parse every statement the
 * app sends, and SQLite's shell.c is not shipped with better-sqlite3.
 *
 *   yardstick time FILE RUNS   the statement on stdin, RUNS times; each run prepares it, steps
 *                              every row and reads every column as text, as a shell printing to
 *                              /dev/null would; prints "run <wall ms> <cpu ms>" per run
 *   yardstick csv FILE         the statement on stdin, its rows as CSV on stdout (as sqlite3 -csv)
 *   yardstick exec FILE        the script on stdin, run as it is; prints "run <wall ms> <cpu ms>"
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "sqlite3.h"

static double now_ms(clockid_t clock) {
  struct timespec t;
  clock_gettime(clock, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static char *read_stdin(void) {
  size_t size = 0, cap = 1 << 16;
  char *buf = malloc(cap);
  size_t n;
  while (buf && (n = fread(buf + size, 1, cap - size - 1, stdin)) > 0) {
    size += n;
    if (size + 1 == cap) buf = realloc(buf, cap *= 2);
  }
  if (buf) buf[size] = 0;
  return buf;
}

static int fail(sqlite3 *db, const char *what) {
  fprintf(stderr, "yardstick: %s: %s\n", what, db ? sqlite3_errmsg(db) : "out of memory");
  return 1;
}

static void csv_field(const unsigned char *s, FILE *out) {
  if (!s) return;
  if (!strpbrk((const char *)s, "\",\r\n")) {
    fputs((const char *)s, out);
    return;
  }
  putc('"', out);
  for (; *s; s++) {
    if (*s == '"') putc('"', out);
    putc(*s, out);
  }
  putc('"', out);
}

/* One pass over every row; with `out`, the rows are written as CSV. */
static int run_statement(sqlite3 *db, const char *sql, FILE *out) {
  sqlite3_stmt *stmt;
  if (sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) != SQLITE_OK) return fail(db, "prepare");
  int columns = sqlite3_column_count(stmt);
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    for (int i = 0; i < columns; i++) {
      const unsigned char *text = sqlite3_column_text(stmt, i);
      if (!out) continue;
      if (i > 0) putc(',', out);
      csv_field(text, out);
    }
    if (out) fputs("\r\n", out);
  }
  sqlite3_finalize(stmt);
  return rc == SQLITE_DONE ? 0 : fail(db, "step");
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: yardstick time|csv|exec FILE [RUNS] < SQL\n");
    return 2;
  }
  const char *mode = argv[1];
  int runs = argc > 3 ? atoi(argv[3]) : 1;
  int writes = strcmp(mode, "exec") == 0;
  char *sql = read_stdin();
  sqlite3 *db = NULL;
  int flags = writes ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
  if (!sql || sqlite3_open_v2(argv[2], &db, flags, NULL) != SQLITE_OK) return fail(db, "open");
  sqlite3_busy_timeout(db, 5000);
  if (strcmp(mode, "csv") == 0) {
    static char buffer[1 << 20];
    setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
    return run_statement(db, sql, stdout) || sqlite3_close(db);
  }
  for (int i = 0; i < runs; i++) {
    double wall = now_ms(CLOCK_MONOTONIC), cpu = now_ms(CLOCK_PROCESS_CPUTIME_ID);
    if (writes) {
      char *error = NULL;
      if (sqlite3_exec(db, sql, NULL, NULL, &error) != SQLITE_OK) return fail(db, "exec");
    } else if (run_statement(db, sql, NULL)) {
      return 1;
    }
    printf("run %.4f %.4f\n", now_ms(CLOCK_MONOTONIC) - wall,
           now_ms(CLOCK_PROCESS_CPUTIME_ID) - cpu);
  }
  return sqlite3_close(db);
}
