/* main.c: the `sparrow` command, CPython's command line in miniature. A thin client of the public
 * API (include/sparrow.h): it parses options, picks the source and maps outcomes to exit codes. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sparrow.h"

#define CLI_USAGE "usage: sparrow [option] ... [-c cmd | file | -] [arg] ...\n"

static const char cli_help[] =
    CLI_USAGE
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-d     : print the bytecode disassembly instead of running the program\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-V     : print the Sparrow version number and exit (also --version)\n"
    "-X opt : set implementation-specific option:\n"
    "         -X dispatch=switch|goto: eval-loop dispatch variant (this build: %s)\n"
    "         -X heap=SIZE: heap limit in bytes, with an optional K, M or G suffix;\n"
    "             allocations past it raise MemoryError\n"
    "         -X dump=tokens|ast|bytecode: print that stage of the pipeline instead of\n"
    "             running (-d is -X dump=bytecode)\n"
    "         -X stats[=FILE]: on exit, print execution counts (opcodes, opcode pairs,\n"
    "             calls) to stderr or FILE; JSON when FILE ends in .json\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

/* What the command line asked for. */
typedef struct cli_options {
    sp_config_t config;
    const char *command;  /* -c CMD, or NULL */
    const char *script;   /* FILE, "-" for stdin, or NULL */
    int disassemble;      /* -d or -X dump=...: print a pipeline stage instead of running */
    sp_dump_kind_t dump;  /* which stage */
    int rest;             /* index in argv of sys.argv[0] (the script, "-c" or "-") */
    const char *stats_file; /* -X stats=FILE, or NULL for stderr (config.stats says whether) */
} cli_options_t;

/* Prints a usage error as CPython does and returns exit status 2. */
static int cli_usage_error(const char *fmt, const char *arg) {
    fprintf(stderr, fmt, arg);
    fputs(CLI_USAGE "Try `sparrow -h' for more information.\n", stderr);
    return 2;
}

/* Parses "64M", "1g", "4096", "512KB" into bytes; -1 when malformed. */
static int cli_parse_size(const char *text, size_t *out) {
    char *end;
    errno = 0;
    unsigned long long n = strtoull(text, &end, 10);
    if (end == text || errno || text[0] == '-') return -1;
    unsigned long long scale = 1;
    switch (toupper((unsigned char)*end)) {
    case 'K': scale = 1ULL << 10; end++; break;
    case 'M': scale = 1ULL << 20; end++; break;
    case 'G': scale = 1ULL << 30; end++; break;
    default: break;
    }
    if (toupper((unsigned char)*end) == 'B') end++;
    if (*end || n > (unsigned long long)SIZE_MAX / scale) return -1;
    *out = (size_t)(n * scale);
    return 0;
}

/* Applies one -X option; unknown ones are ignored, as CPython does. Returns 0 or exit status 2. */
static int cli_x_option(cli_options_t *opts, const char *opt) {
    if (!strncmp(opt, "dispatch=", 9)) {
        const char *v = opt + 9;
        const char *have = sp_dispatch_variants();
        size_t len = strlen(v);
        const char *found = len ? strstr(have, v) : NULL;
        int listed = found && (found == have || found[-1] == ',') && (found[len] == '\0' || found[len] == ',');
        if (!listed) {
            fprintf(stderr, "sparrow: unknown dispatch variant '%s' (this build has: %s)\n", v, have);
            return 2;
        }
        opts->config.dispatch = !strcmp(v, "goto") ? SP_DISPATCH_CHOICE_GOTO : SP_DISPATCH_CHOICE_SWITCH;
    } else if (!strncmp(opt, "dump=", 5)) {
        static const char *const stages[] = {"tokens", "ast", "bytecode"};
        int found = -1;
        for (int i = 0; i < 3; i++)
            if (!strcmp(opt + 5, stages[i])) found = i;
        if (found < 0) {
            fprintf(stderr, "sparrow: unknown dump stage '%s' (choose tokens, ast or bytecode)\n", opt + 5);
            return 2;
        }
        opts->disassemble = 1;
        opts->dump = (sp_dump_kind_t)found;
    } else if (!strcmp(opt, "stats") || !strncmp(opt, "stats=", 6)) {
        if (!sp_stats_available()) {
            fputs("sparrow: -X stats is not available (this build was configured with --disable-stats)\n", stderr);
            return 2;
        }
        opts->config.stats = 1;
        opts->stats_file = opt[5] && opt[6] ? opt + 6 : NULL;
    } else if (!strncmp(opt, "heap=", 5)) {
        if (cli_parse_size(opt + 5, &opts->config.heap_limit) < 0) {
            fprintf(stderr, "sparrow: invalid -X heap size '%s' (expected e.g. 64M)\n", opt + 5);
            return 2;
        }
    }
    return 0;
}

/* -h and -V: print and exit successfully. */
static int cli_print_help(void) {
    printf(cli_help, sp_dispatch_variants());
    return 0;
}

static int cli_print_version(void) {
    printf("Sparrow %s\n", SPARROW_VERSION);
    return 0;
}

/* The value of the option letter at argv[*i][*pos]: the rest of the same argument ("-cCMD",
 * "-Xheap=1M") or the next argument. */
static const char *cli_option_value(int argc, char **argv, int *i, int pos) {
    if (argv[*i][pos + 1]) return argv[*i] + pos + 1;
    if (*i + 1 < argc) return argv[++*i];
    return NULL;
}

/* Handles one cluster of short options ("-d", "-dc CMD", "-Xdispatch=goto"). Returns -1 to go on
 * with the next argument, -2 when -c ended the option list, else an exit status. */
static int cli_short_options(int argc, char **argv, int *i, cli_options_t *opts) {
    for (int pos = 1; argv[*i][pos]; pos++) {
        char letter = argv[*i][pos];
        const char *value;
        switch (letter) {
        case 'd':
            opts->disassemble = 1;
            opts->dump = SP_DUMP_BYTECODE;
            break;
        case 'h':
        case '?': return cli_print_help();
        case 'V': return cli_print_version();
        case 'c':
        case 'X':
            value = cli_option_value(argc, argv, i, pos);
            if (!value) return cli_usage_error("Argument expected for the -%s option\n", letter == 'c' ? "c" : "X");
            if (letter == 'c') {
                opts->command = value;
                return -2;
            }
            int status = cli_x_option(opts, value);
            return status ? status : -1;
        default: {
            char unknown[3] = {'-', letter, '\0'};
            return cli_usage_error("Unknown option: %s\n", unknown);
        }
        }
    }
    return -1;
}

/* Parses options up to the program (-c, a file or -). Returns -1 to go on, else an exit status. */
static int cli_parse(int argc, char **argv, cli_options_t *opts) {
    int i = 1;
    for (; i < argc; i++) {
        const char *arg = argv[i];
        if (arg[0] != '-' || !strcmp(arg, "-")) break;
        if (!strcmp(arg, "--")) {
            i++;
            break;
        }
        if (!strcmp(arg, "--help")) return cli_print_help();
        if (!strcmp(arg, "--version")) return cli_print_version();
        if (arg[1] == '-') return cli_usage_error("unknown option %s\n", arg);
        int status = cli_short_options(argc, argv, &i, opts);
        if (status == -2) {
            opts->rest = i; /* sys.argv[0] becomes "-c": patched by main */
            return -1;
        }
        if (status >= 0) return status;
    }
    opts->script = i < argc ? argv[i] : NULL;
    opts->rest = i;
    return -1;
}

/* Reads a whole stream into malloc'd memory; NULL on failure. */
static char *cli_read_all(FILE *f, size_t *size) {
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    size_t n;
    while ((n = fread(buf + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap) {
            char *bigger = realloc(buf, cap *= 2);
            if (!bigger) {
                free(buf);
                return NULL;
            }
            buf = bigger;
        }
    }
    if (ferror(f)) {
        free(buf);
        return NULL;
    }
    *size = len;
    return buf;
}

/* Maps a run's status to the process exit status, printing what CPython's main prints. */
static int cli_exit_status(sp_vm_t *vm, sp_status_t status) {
    if (status == SP_OK) return 0;
    int code = sp_vm_exit_code(vm);
    if (status == SP_ERROR && code == 2) fprintf(stderr, "sparrow: %s", sp_vm_error(vm));
    return code;
}

/* Runs (or with -d disassembles) source text that is already in memory. */
static sp_status_t cli_run_text(sp_vm_t *vm, const cli_options_t *opts, const char *text, size_t size,
                                const char *filename) {
    if (opts->disassemble) return sp_dump_string(vm, text, size, filename, opts->dump, stdout);
    return sp_run_string(vm, text, size, filename);
}

/* -X stats: writes the counters to stderr or the chosen file (JSON for a .json name). */
static void cli_write_stats(sp_vm_t *vm, const char *path) {
    if (!path) {
        sp_vm_print_stats(vm, stderr, 0);
        return;
    }
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "sparrow: cannot write the stats to '%s': %s\n", path, strerror(errno));
        return;
    }
    size_t len = strlen(path);
    if (len >= 5 && !strcmp(path + len - 5, ".json")) sp_vm_write_stats_json(vm, f);
    else sp_vm_print_stats(vm, f, 0);
    if (fclose(f) != 0) fprintf(stderr, "sparrow: cannot write the stats to '%s': %s\n", path, strerror(errno));
}

/* Runs the chosen program in a fresh VM and returns the exit status. */
static int cli_run(cli_options_t *opts) {
    sp_vm_t *vm = sp_vm_new(&opts->config);
    if (!vm) {
        fprintf(stderr, "sparrow: cannot create the virtual machine (out of memory)\n");
        return 1;
    }
    sp_status_t status;
    if (opts->command) {
        status = cli_run_text(vm, opts, opts->command, strlen(opts->command), "<string>");
    } else if (opts->script && strcmp(opts->script, "-") != 0 && !opts->disassemble) {
        status = sp_run_file(vm, opts->script);
    } else {
        int from_file = opts->script && strcmp(opts->script, "-") != 0;
        FILE *in = from_file ? fopen(opts->script, "rb") : stdin;
        if (!in) {
            int err = errno;
            char cwd[4096];
            int relative = opts->script[0] != '/' && getcwd(cwd, sizeof cwd);
            fprintf(stderr, "sparrow: can't open file '%s%s%s': [Errno %d] %s\n", relative ? cwd : "",
                    relative ? "/" : "", opts->script, err, strerror(err));
            sp_vm_free(vm);
            return 2;
        }
        size_t size = 0;
        char *text = cli_read_all(in, &size);
        if (from_file) fclose(in);
        if (!text) {
            fprintf(stderr, "sparrow: cannot read the program: %s\n", strerror(errno));
            sp_vm_free(vm);
            return 1;
        }
        status = cli_run_text(vm, opts, text, size, from_file ? opts->script : "<stdin>");
        free(text);
    }
    fflush(stdout);
    int code = cli_exit_status(vm, status);
    if (opts->config.stats && !opts->disassemble) cli_write_stats(vm, opts->stats_file);
    sp_vm_free(vm);
    return code;
}

/* The absolute path of this program for sys.executable: /proc/self/exe where it exists, else
 * argv[0] made absolute, searched along PATH when it names no directory; NULL if not found. */
static const char *cli_executable(const char *argv0, char buf[PATH_MAX], size_t size) {
    ssize_t n = readlink("/proc/self/exe", buf, size - 1);
    if (n > 0) {
        buf[n] = '\0';
        return buf;
    }
    if (!argv0 || !*argv0) return NULL;
    if (strchr(argv0, '/')) return realpath(argv0, buf);
    const char *path = getenv("PATH");
    while (path && *path) {
        const char *end = strchr(path, ':');
        size_t len = end ? (size_t)(end - path) : strlen(path);
        char candidate[PATH_MAX];
        if (snprintf(candidate, sizeof candidate, "%.*s/%s", (int)len, len ? path : ".", argv0) < (int)sizeof candidate &&
            access(candidate, X_OK) == 0)
            return realpath(candidate, buf);
        path = end ? end + 1 : NULL;
    }
    return NULL;
}

int main(int argc, char **argv) {
    cli_options_t opts;
    memset(&opts, 0, sizeof opts);
    sp_config_init(&opts.config);
    static char executable[PATH_MAX];
    opts.config.executable = cli_executable(argc > 0 ? argv[0] : NULL, executable, sizeof executable);
    int status = cli_parse(argc, argv, &opts);
    if (status >= 0) return status;

    /* sys.argv: the script (or "-c" / "-" / "") followed by the program's own arguments. */
    static const char *const empty_argv[] = {""};
    int nargs = argc - opts.rest;
    if (opts.command) {
        argv[opts.rest] = "-c";
        opts.config.argc = nargs;
        opts.config.argv = (const char *const *)(argv + opts.rest);
    } else if (nargs > 0) {
        opts.config.argc = nargs;
        opts.config.argv = (const char *const *)(argv + opts.rest);
    } else {
        opts.config.argc = 1;
        opts.config.argv = empty_argv;
    }
    return cli_run(&opts);
}
