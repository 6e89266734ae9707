/* posix.c: the posix module — thin wrappers over the POSIX calls that os, io and subprocess are
 * built on (stdlib/lib/os.py). Failures raise OSError subclasses carrying errno, strerror and the
 * file name, as CPython's; no policy lives here (that is os.py's job). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "runtime/runtime.h"
#include "stdlib/modules.h"

extern char **environ;

/* The struct-sequence types (stat_result, uname_result, ...) are small tuple subclasses written
 * in Python; this source runs in the module at init, and the C functions below build their
 * results by calling the classes found in the module's dict. */
static const char posix_prelude[] =
    "def _structseq(name, module, fields, n_seq=None):\n"
    "    n = len(fields) if n_seq is None else n_seq\n"
    "    def __new__(cls, seq, dict=None):\n"
    "        seq = tuple(seq)\n"
    "        if len(seq) < n:\n"
    "            raise TypeError('%s.%s() takes an at least %d-sequence (%d-sequence given)'\n"
    "                            % (module, name, n, len(seq)))\n"
    "        self = tuple.__new__(cls, seq[:n])\n"
    "        self._extra = seq[n:]\n"
    "        return self\n"
    "    def __repr__(self):\n"
    "        return '%s.%s(%s)' % (module, name, ', '.join(\n"
    "            '%s=%r' % (f, v) for f, v in zip(fields, self)))\n"
    "    def __reduce__(self):\n"
    "        return (type(self), (tuple(self) + self._extra,))\n"
    "    ns = {'__new__': __new__, '__repr__': __repr__, '__reduce__': __reduce__,\n"
    "          'n_sequence_fields': n, 'n_fields': len(fields), 'n_unnamed_fields': 0,\n"
    "          '__module__': module, '_fields': fields}\n"
    "    for i, f in enumerate(fields):\n"
    "        if i < n:\n"
    "            ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))\n"
    "        else:\n"
    "            ns[f] = property(lambda self, i=i - n: self._extra[i])\n"
    "    return type(name, (tuple,), ns)\n"
    "stat_result = _structseq('stat_result', 'os', ('st_mode', 'st_ino', 'st_dev', 'st_nlink',\n"
    "    'st_uid', 'st_gid', 'st_size', '_st_atime_int', '_st_mtime_int', '_st_ctime_int',\n"
    "    'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',\n"
    "    'st_blksize', 'st_blocks', 'st_rdev'), 10)\n"
    "def _stat_repr(self):\n"
    "    names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',\n"
    "             'st_atime', 'st_mtime', 'st_ctime')\n"
    "    return 'os.stat_result(%s)' % ', '.join('%s=%r' % (f, v) for f, v in zip(names, self))\n"
    "stat_result.__repr__ = _stat_repr\n"
    "uname_result = _structseq('uname_result', 'posix', ('sysname', 'nodename', 'release',\n"
    "    'version', 'machine'))\n"
    "times_result = _structseq('times_result', 'posix', ('user', 'system', 'children_user',\n"
    "    'children_system', 'elapsed'))\n"
    "terminal_size = _structseq('terminal_size', 'os', ('columns', 'lines'))\n"
    "struct_rusage = _structseq('struct_rusage', 'resource', ('ru_utime', 'ru_stime', 'ru_maxrss',\n"
    "    'ru_ixrss', 'ru_idrss', 'ru_isrss', 'ru_minflt', 'ru_majflt', 'ru_nswap', 'ru_inblock',\n"
    "    'ru_oublock', 'ru_msgsnd', 'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw'))\n"
    "del _structseq, _stat_repr\n";

/* ---- Helpers --------------------------------------------------------------------------------- */

/* Raises the OSError subclass for `err`, with CPython's "[Errno N] text: 'file'" message;
 * `file`/`file2` may be SP_NULL. Returns SP_NULL. */
static sp_value_t posix_error2(sp_vm_t *vm, int err, sp_value_t file, sp_value_t file2) {
    sp_value_t args[5] = {sp_smallint(err), sp_str_from_cstr(vm, strerror(err)), file ? file : SP_NONE, SP_NONE,
                          file2 ? file2 : SP_NONE};
    if (args[1] == SP_NULL) return SP_NULL;
    int n = file2 ? 5 : file ? 3 : 2;
    sp_value_t exc = sp_call(vm, SP_OBJ(vm->exc_types[SP_EXC_OSError]), args, n, SP_NULL);
    if (exc == SP_NULL) return SP_NULL;
    return sp_raise_object(vm, exc);
}

static sp_value_t posix_error(sp_vm_t *vm, int err, sp_value_t file) { return posix_error2(vm, err, file, SP_NULL); }

/* A path argument made into a C string: str (UTF-8), bytes, or an os.PathLike. `obj` keeps the
 * value that names the file in error messages. */
typedef struct posix_path {
    const char *path;
    sp_value_t obj;
    bool is_bytes;
} posix_path_t;

static int posix_path_arg(sp_vm_t *vm, const char *fname, sp_value_t v, bool allow_fd, posix_path_t *out) {
    out->obj = v;
    sp_value_t p = v;
    if (!sp_is_str(p) && !sp_is_kind(p, SP_K_BYTES) && !sp_is_int(p)) {
        sp_value_t fspath = sp_getattr_opt(vm, p, sp_str_intern_cstr(vm, "__fspath__"));
        if (fspath == SP_NULL && vm->exc) return -1;
        if (fspath != SP_NULL) {
            p = sp_call(vm, fspath, NULL, 0, SP_NULL);
            if (p == SP_NULL) return -1;
            if (!sp_is_str(p) && !sp_is_kind(p, SP_K_BYTES)) {
                sp_raise(vm, SP_EXC_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                         sp_type_name(vm, v), sp_type_name(vm, p));
                return -1;
            }
        }
    }
    const char *data;
    size_t size;
    if (sp_is_str(p)) {
        data = sp_str_cstr(p);
        size = (size_t)SP_AS_STR(p)->size;
        out->is_bytes = false;
    } else if (sp_is_kind(p, SP_K_BYTES)) {
        data = (const char *)SP_AS_BYTES(p)->data;
        size = (size_t)SP_AS_BYTES(p)->size;
        out->is_bytes = true;
    } else {
        sp_raise(vm, SP_EXC_TypeError, "%s: path should be string, bytes%s, not %s", fname,
                 allow_fd ? ", os.PathLike or integer" : " or os.PathLike", sp_type_name(vm, v));
        return -1;
    }
    if (memchr(data, 0, size) != NULL) {
        sp_raise(vm, SP_EXC_ValueError, "embedded null byte");
        return -1;
    }
    if (sp_is_kind(p, SP_K_BYTES)) {
        /* bytes data is not NUL-terminated: copy it. */
        char *copy = sp_alloc_atomic(vm, size + 1);
        if (copy == NULL) return -1;
        memcpy(copy, data, size);
        copy[size] = 0;
        data = copy;
    }
    out->path = data;
    return 0;
}

/* A C int argument (file descriptors, flags, modes). */
static int posix_int_arg(sp_vm_t *vm, sp_value_t v, int *out) {
    if (sp_is_float(v)) {
        sp_raise(vm, SP_EXC_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    int64_t i;
    if (sp_index(vm, v, &i) < 0) return -1;
    if (i > INT_MAX) {
        sp_raise(vm, SP_EXC_OverflowError, "signed integer is greater than maximum");
        return -1;
    }
    if (i < INT_MIN) {
        sp_raise(vm, SP_EXC_OverflowError, "signed integer is less than minimum");
        return -1;
    }
    *out = (int)i;
    return 0;
}

static int posix_i64_arg(sp_vm_t *vm, sp_value_t v, int64_t *out) {
    if (sp_is_float(v)) {
        sp_raise(vm, SP_EXC_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    return sp_index(vm, v, out);
}

/* A name as str or bytes, matching the type of the path it came from. */
static sp_value_t posix_name(sp_vm_t *vm, const char *name, bool as_bytes) {
    return as_bytes ? sp_bytes_new(vm, name, strlen(name)) : sp_str_from_cstr(vm, name);
}

/* Calls a class from the posix module's dict (the struct sequences) with one tuple. */
static sp_value_t posix_make_struct(sp_vm_t *vm, const char *cls, const sp_value_t *items, int n) {
    sp_value_t tuple = sp_tuple_from_array(vm, items, n);
    if (tuple == SP_NULL) return SP_NULL;
    sp_value_t module = sp_dict_get_cstr(vm, vm->modules, "posix");
    if (module == SP_NULL || !sp_is_kind(module, SP_K_MODULE)) {
        if (vm->exc) return SP_NULL;
        return tuple;
    }
    sp_value_t type = sp_dict_get_cstr(vm, SP_AS_MODULE(module)->dict, cls);
    if (type == SP_NULL) return vm->exc ? SP_NULL : tuple;
    return sp_call1(vm, type, tuple);
}

#define POSIX_NONE_OK(expr) ((expr) < 0 ? SP_NULL : SP_NONE)

/* ---- Files and directories ------------------------------------------------------------------- */

static sp_value_t posix_stat_value(sp_vm_t *vm, const struct stat *st) {
    sp_value_t it[19];
#if defined(__APPLE__)
    struct timespec at = st->st_atimespec, mt = st->st_mtimespec, ct = st->st_ctimespec;
#else
    struct timespec at = st->st_atim, mt = st->st_mtim, ct = st->st_ctim;
#endif
    it[0] = sp_int_from_i64(vm, st->st_mode);
    it[1] = sp_int_from_u64(vm, (uint64_t)st->st_ino);
    it[2] = sp_int_from_u64(vm, (uint64_t)st->st_dev);
    it[3] = sp_int_from_i64(vm, (int64_t)st->st_nlink);
    it[4] = sp_int_from_i64(vm, st->st_uid);
    it[5] = sp_int_from_i64(vm, st->st_gid);
    it[6] = sp_int_from_i64(vm, st->st_size);
    it[7] = sp_int_from_i64(vm, at.tv_sec);
    it[8] = sp_int_from_i64(vm, mt.tv_sec);
    it[9] = sp_int_from_i64(vm, ct.tv_sec);
    it[10] = sp_float((double)at.tv_sec + at.tv_nsec * 1e-9);
    it[11] = sp_float((double)mt.tv_sec + mt.tv_nsec * 1e-9);
    it[12] = sp_float((double)ct.tv_sec + ct.tv_nsec * 1e-9);
    it[13] = sp_int_from_i64(vm, (int64_t)at.tv_sec * 1000000000 + at.tv_nsec);
    it[14] = sp_int_from_i64(vm, (int64_t)mt.tv_sec * 1000000000 + mt.tv_nsec);
    it[15] = sp_int_from_i64(vm, (int64_t)ct.tv_sec * 1000000000 + ct.tv_nsec);
    it[16] = sp_int_from_i64(vm, st->st_blksize);
    it[17] = sp_int_from_i64(vm, st->st_blocks);
    it[18] = sp_int_from_u64(vm, (uint64_t)st->st_rdev);
    for (int i = 0; i < 19; i++)
        if (it[i] == SP_NULL) return SP_NULL;
    return posix_make_struct(vm, "stat_result", it, 19);
}

static sp_value_t posix_do_stat(sp_vm_t *vm, const char *fname, const sp_value_t *args, int nargs,
                                sp_value_t kwnames, bool lstat_call) {
    sp_value_t p[3];
    if (sp_parse_args(vm, fname, "path, *, dir_fd=, follow_symlinks=", args, nargs, kwnames, p) < 0) return SP_NULL;
    bool follow = !lstat_call;
    if (p[2] != SP_NULL) {
        int t = sp_truthy(vm, p[2]);
        if (t < 0) return SP_NULL;
        follow = follow && t;
    }
    struct stat st;
    int r;
    if (sp_is_int(p[0]) && !lstat_call) {
        int fd;
        if (posix_int_arg(vm, p[0], &fd) < 0) return SP_NULL;
        r = fstat(fd, &st);
        if (r < 0) return posix_error(vm, errno, SP_NULL);
        return posix_stat_value(vm, &st);
    }
    posix_path_t path;
    if (posix_path_arg(vm, fname, p[0], !lstat_call, &path) < 0) return SP_NULL;
    r = follow ? stat(path.path, &st) : lstat(path.path, &st);
    if (r < 0) return posix_error(vm, errno, path.obj);
    return posix_stat_value(vm, &st);
}

static sp_value_t posix_stat(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return posix_do_stat(vm, "stat", args, nargs, kwnames, false);
}

static sp_value_t posix_lstat(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return posix_do_stat(vm, "lstat", args, nargs, kwnames, true);
}

static sp_value_t posix_fstat(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[1];
    int fd;
    if (sp_parse_args(vm, "fstat", "fd", args, nargs, kwnames, p) < 0 || posix_int_arg(vm, p[0], &fd) < 0)
        return SP_NULL;
    struct stat st;
    if (fstat(fd, &st) < 0) return posix_error(vm, errno, SP_NULL);
    return posix_stat_value(vm, &st);
}

static sp_value_t posix_getcwd_impl(sp_vm_t *vm, bool as_bytes) {
    size_t size = 256;
    for (;;) {
        char *buf = sp_alloc_atomic(vm, size);
        if (buf == NULL) return SP_NULL;
        if (getcwd(buf, size) != NULL) return posix_name(vm, buf, as_bytes);
        if (errno != ERANGE || size > (1u << 20)) return posix_error(vm, errno, SP_NULL);
        size *= 2;
    }
}

static sp_value_t posix_getcwd(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "getcwd", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    return posix_getcwd_impl(vm, false);
}

static sp_value_t posix_getcwdb(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "getcwdb", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    return posix_getcwd_impl(vm, true);
}

/* One-path calls: chdir, rmdir, unlink, remove. */
typedef enum { POSIX_CHDIR, POSIX_RMDIR, POSIX_UNLINK } posix_path_op_t;

static sp_value_t posix_path_call(sp_vm_t *vm, const char *fname, posix_path_op_t op, const sp_value_t *args,
                                  int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    const char *spec = op == POSIX_CHDIR ? "path" : "path, *, dir_fd=";
    if (sp_parse_args(vm, fname, spec, args, nargs, kwnames, p) < 0) return SP_NULL;
    if (op == POSIX_CHDIR && sp_is_int(p[0])) {
        int fd;
        if (posix_int_arg(vm, p[0], &fd) < 0) return SP_NULL;
        if (fchdir(fd) < 0) return posix_error(vm, errno, SP_NULL);
        return SP_NONE;
    }
    posix_path_t path;
    if (posix_path_arg(vm, fname, p[0], op == POSIX_CHDIR, &path) < 0) return SP_NULL;
    int r = op == POSIX_CHDIR ? chdir(path.path) : op == POSIX_RMDIR ? rmdir(path.path) : unlink(path.path);
    if (r < 0) return posix_error(vm, errno, path.obj);
    return SP_NONE;
}

static sp_value_t posix_chdir(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return posix_path_call(vm, "chdir", POSIX_CHDIR, args, nargs, kwnames);
}

static sp_value_t posix_rmdir(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return posix_path_call(vm, "rmdir", POSIX_RMDIR, args, nargs, kwnames);
}

static sp_value_t posix_unlink(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return posix_path_call(vm, "unlink", POSIX_UNLINK, args, nargs, kwnames);
}

static sp_value_t posix_remove(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return posix_path_call(vm, "remove", POSIX_UNLINK, args, nargs, kwnames);
}

static sp_value_t posix_mkdir(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[3];
    if (sp_parse_args(vm, "mkdir", "path, mode=, *, dir_fd=", args, nargs, kwnames, p) < 0) return SP_NULL;
    int mode = 0777;
    if (p[1] != SP_NULL && posix_int_arg(vm, p[1], &mode) < 0) return SP_NULL;
    posix_path_t path;
    if (posix_path_arg(vm, "mkdir", p[0], false, &path) < 0) return SP_NULL;
    if (mkdir(path.path, (mode_t)mode) < 0) return posix_error(vm, errno, path.obj);
    return SP_NONE;
}

static sp_value_t posix_chmod(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[4];
    if (sp_parse_args(vm, "chmod", "path, mode, *, dir_fd=, follow_symlinks=", args, nargs, kwnames, p) < 0)
        return SP_NULL;
    int mode;
    if (posix_int_arg(vm, p[1], &mode) < 0) return SP_NULL;
    if (sp_is_int(p[0])) {
        int fd;
        if (posix_int_arg(vm, p[0], &fd) < 0) return SP_NULL;
        if (fchmod(fd, (mode_t)mode) < 0) return posix_error(vm, errno, SP_NULL);
        return SP_NONE;
    }
    posix_path_t path;
    if (posix_path_arg(vm, "chmod", p[0], true, &path) < 0) return SP_NULL;
    if (chmod(path.path, (mode_t)mode) < 0) return posix_error(vm, errno, path.obj);
    return SP_NONE;
}

/* Two-path calls: rename, replace, link, symlink. */
typedef enum { POSIX_RENAME, POSIX_LINK, POSIX_SYMLINK } posix_path2_op_t;

static sp_value_t posix_path2_call(sp_vm_t *vm, const char *fname, posix_path2_op_t op, const sp_value_t *args,
                                   int nargs, sp_value_t kwnames) {
    sp_value_t p[4];
    const char *spec = op == POSIX_RENAME ? "src, dst, *, src_dir_fd=, dst_dir_fd="
                       : op == POSIX_LINK ? "src, dst, *, src_dir_fd=, dst_dir_fd=, follow_symlinks="
                                          : "src, dst, target_is_directory=, *, dir_fd=";
    if (sp_parse_args(vm, fname, spec, args, nargs, kwnames, p) < 0) return SP_NULL;
    posix_path_t src, dst;
    if (posix_path_arg(vm, fname, p[0], false, &src) < 0 || posix_path_arg(vm, fname, p[1], false, &dst) < 0)
        return SP_NULL;
    int r = op == POSIX_RENAME ? rename(src.path, dst.path)
            : op == POSIX_LINK ? link(src.path, dst.path)
                               : symlink(src.path, dst.path);
    if (r < 0) return posix_error2(vm, errno, src.obj, dst.obj);
    return SP_NONE;
}

static sp_value_t posix_rename(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return posix_path2_call(vm, "rename", POSIX_RENAME, args, nargs, kwnames);
}

static sp_value_t posix_replace(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return posix_path2_call(vm, "replace", POSIX_RENAME, args, nargs, kwnames);
}

static sp_value_t posix_link(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return posix_path2_call(vm, "link", POSIX_LINK, args, nargs, kwnames);
}

static sp_value_t posix_symlink(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return posix_path2_call(vm, "symlink", POSIX_SYMLINK, args, nargs, kwnames);
}

static sp_value_t posix_readlink(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    if (sp_parse_args(vm, "readlink", "path, *, dir_fd=", args, nargs, kwnames, p) < 0) return SP_NULL;
    posix_path_t path;
    if (posix_path_arg(vm, "readlink", p[0], false, &path) < 0) return SP_NULL;
    char buf[PATH_MAX + 1];
    ssize_t n = readlink(path.path, buf, PATH_MAX);
    if (n < 0) return posix_error(vm, errno, path.obj);
    buf[n] = 0;
    return posix_name(vm, buf, path.is_bytes);
}

static sp_value_t posix_listdir(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[1];
    if (sp_parse_args(vm, "listdir", "path=", args, nargs, kwnames, p) < 0) return SP_NULL;
    posix_path_t path = {".", SP_NULL, false};
    if (p[0] != SP_NULL && p[0] != SP_NONE && posix_path_arg(vm, "listdir", p[0], true, &path) < 0)
        return SP_NULL;
    DIR *dir = opendir(path.path);
    if (dir == NULL) return posix_error(vm, errno, p[0] != SP_NULL && p[0] != SP_NONE ? path.obj : sp_str_from_cstr(vm, "."));
    sp_value_t list = sp_list_new(vm, 0);
    struct dirent *ent;
    while (list != SP_NULL) {
        errno = 0;
        ent = readdir(dir);
        if (ent == NULL) break;
        if (!strcmp(ent->d_name, ".") || !strcmp(ent->d_name, "..")) continue;
        sp_value_t name = posix_name(vm, ent->d_name, path.is_bytes);
        if (name == SP_NULL || sp_list_append(vm, list, name) < 0) list = SP_NULL;
    }
    int err = errno;
    closedir(dir);
    if (list != SP_NULL && err != 0) return posix_error(vm, err, path.obj);
    return list;
}

static sp_value_t posix_access(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[5];
    if (sp_parse_args(vm, "access", "path, mode, *, dir_fd=, effective_ids=, follow_symlinks=", args, nargs,
                      kwnames, p) < 0)
        return SP_NULL;
    int mode;
    posix_path_t path;
    if (posix_path_arg(vm, "access", p[0], false, &path) < 0 || posix_int_arg(vm, p[1], &mode) < 0) return SP_NULL;
    return sp_bool(access(path.path, mode) == 0);
}

static sp_value_t posix_umask(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[1];
    int mask;
    if (sp_parse_args(vm, "umask", "mask, /", args, nargs, kwnames, p) < 0 || posix_int_arg(vm, p[0], &mask) < 0)
        return SP_NULL;
    return sp_int_from_i64(vm, umask((mode_t)mask));
}

static sp_value_t posix_truncate(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    int64_t length;
    if (sp_parse_args(vm, "truncate", "path, length", args, nargs, kwnames, p) < 0 ||
        posix_i64_arg(vm, p[1], &length) < 0)
        return SP_NULL;
    if (sp_is_int(p[0])) {
        int fd;
        if (posix_int_arg(vm, p[0], &fd) < 0) return SP_NULL;
        if (ftruncate(fd, (off_t)length) < 0) return posix_error(vm, errno, SP_NULL);
        return SP_NONE;
    }
    posix_path_t path;
    if (posix_path_arg(vm, "truncate", p[0], true, &path) < 0) return SP_NULL;
    if (truncate(path.path, (off_t)length) < 0) return posix_error(vm, errno, path.obj);
    return SP_NONE;
}

static sp_value_t posix_utime(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[5];
    if (sp_parse_args(vm, "utime", "path, times=, *, ns=, dir_fd=, follow_symlinks=", args, nargs, kwnames, p) < 0)
        return SP_NULL;
    posix_path_t path;
    if (posix_path_arg(vm, "utime", p[0], false, &path) < 0) return SP_NULL;
    struct timespec ts[2];
    struct timespec *tsp = NULL;
    if (p[1] != SP_NULL && p[1] != SP_NONE) {
        if (!sp_is_tuple(p[1]) || SP_AS_TUPLE(p[1])->size != 2)
            return sp_raise(vm, SP_EXC_TypeError, "utime: 'times' must be either a tuple of two ints or None");
        for (int i = 0; i < 2; i++) {
            double d;
            if (sp_to_double(vm, SP_AS_TUPLE(p[1])->items[i], &d) < 0) return SP_NULL;
            ts[i].tv_sec = (time_t)d;
            ts[i].tv_nsec = (long)((d - (double)ts[i].tv_sec) * 1e9);
        }
        tsp = ts;
    } else if (p[2] != SP_NULL) {
        if (!sp_is_tuple(p[2]) || SP_AS_TUPLE(p[2])->size != 2)
            return sp_raise(vm, SP_EXC_TypeError, "utime: 'ns' must be a tuple of two ints");
        for (int i = 0; i < 2; i++) {
            int64_t ns;
            if (posix_i64_arg(vm, SP_AS_TUPLE(p[2])->items[i], &ns) < 0) return SP_NULL;
            ts[i].tv_sec = (time_t)(ns / 1000000000);
            ts[i].tv_nsec = (long)(ns % 1000000000);
        }
        tsp = ts;
    }
    if (utimensat(AT_FDCWD, path.path, tsp, 0) < 0) return posix_error(vm, errno, path.obj);
    return SP_NONE;
}

/* ---- File descriptors ------------------------------------------------------------------------ */

static sp_value_t posix_open(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[4];
    if (sp_parse_args(vm, "open", "path, flags, mode=, *, dir_fd=", args, nargs, kwnames, p) < 0) return SP_NULL;
    int flags, mode = 0777;
    posix_path_t path;
    if (posix_path_arg(vm, "open", p[0], false, &path) < 0 || posix_int_arg(vm, p[1], &flags) < 0) return SP_NULL;
    if (p[2] != SP_NULL && posix_int_arg(vm, p[2], &mode) < 0) return SP_NULL;
    int fd;
    do fd = open(path.path, flags | O_CLOEXEC, mode);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) return posix_error(vm, errno, path.obj);
    return sp_smallint(fd);
}

static sp_value_t posix_read(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    int fd;
    int64_t n;
    if (sp_parse_args(vm, "read", "fd, length, /", args, nargs, kwnames, p) < 0 || posix_int_arg(vm, p[0], &fd) < 0 ||
        posix_i64_arg(vm, p[1], &n) < 0)
        return SP_NULL;
    if (n < 0) return posix_error(vm, EINVAL, SP_NULL);
    /* A read may return fewer bytes than asked; a huge request reads at most 64 MiB at once. */
    if (n > (1 << 26)) n = 1 << 26;
    char *buf = sp_alloc_atomic(vm, (size_t)n + 1);
    if (buf == NULL) return SP_NULL;
    ssize_t got;
    do got = read(fd, buf, (size_t)n);
    while (got < 0 && errno == EINTR);
    if (got < 0) return posix_error(vm, errno, SP_NULL);
    return sp_bytes_new(vm, buf, (size_t)got);
}

/* The bytes of a bytes-like argument (bytes or bytearray). */
static int posix_buffer_arg(sp_vm_t *vm, const char *fname, sp_value_t v, const char **data, size_t *size) {
    sp_buffer_t buf;
    (void)fname;
    if (sp_get_buffer(vm, v, &buf) < 0) return -1;
    *data = (const char *)buf.data;
    *size = (size_t)buf.size;
    return 0;
}

static sp_value_t posix_write(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    int fd;
    const char *data;
    size_t size;
    if (sp_parse_args(vm, "write", "fd, data, /", args, nargs, kwnames, p) < 0 || posix_int_arg(vm, p[0], &fd) < 0 ||
        posix_buffer_arg(vm, "write", p[1], &data, &size) < 0)
        return SP_NULL;
    ssize_t put;
    do put = write(fd, data, size);
    while (put < 0 && errno == EINTR);
    if (put < 0) return posix_error(vm, errno, SP_NULL);
    return sp_int_from_i64(vm, put);
}

/* One-fd calls returning None: close, fsync. */
static sp_value_t posix_fd_call(sp_vm_t *vm, const char *fname, int (*fn)(int), const sp_value_t *args, int nargs,
                                sp_value_t kwnames) {
    sp_value_t p[1];
    int fd;
    if (sp_parse_args(vm, fname, "fd", args, nargs, kwnames, p) < 0 || posix_int_arg(vm, p[0], &fd) < 0)
        return SP_NULL;
    if (fn(fd) < 0) return posix_error(vm, errno, SP_NULL);
    return SP_NONE;
}

static sp_value_t posix_close(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return posix_fd_call(vm, "close", close, args, nargs, kwnames);
}

static sp_value_t posix_fsync(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return posix_fd_call(vm, "fsync", fsync, args, nargs, kwnames);
}

static sp_value_t posix_closerange(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    int lo, hi;
    if (sp_parse_args(vm, "closerange", "fd_low, fd_high, /", args, nargs, kwnames, p) < 0 ||
        posix_int_arg(vm, p[0], &lo) < 0 || posix_int_arg(vm, p[1], &hi) < 0)
        return SP_NULL;
    for (int fd = lo < 0 ? 0 : lo; fd < hi; fd++) close(fd);
    return SP_NONE;
}

static sp_value_t posix_isatty(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[1];
    int fd;
    if (sp_parse_args(vm, "isatty", "fd, /", args, nargs, kwnames, p) < 0 || posix_int_arg(vm, p[0], &fd) < 0)
        return SP_NULL;
    return sp_bool(isatty(fd));
}

static sp_value_t posix_lseek(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[3];
    int fd, how;
    int64_t pos;
    if (sp_parse_args(vm, "lseek", "fd, position, how, /", args, nargs, kwnames, p) < 0 ||
        posix_int_arg(vm, p[0], &fd) < 0 || posix_i64_arg(vm, p[1], &pos) < 0 || posix_int_arg(vm, p[2], &how) < 0)
        return SP_NULL;
    off_t r = lseek(fd, (off_t)pos, how);
    if (r < 0) return posix_error(vm, errno, SP_NULL);
    return sp_int_from_i64(vm, r);
}

static sp_value_t posix_ftruncate(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    int fd;
    int64_t length;
    if (sp_parse_args(vm, "ftruncate", "fd, length, /", args, nargs, kwnames, p) < 0 ||
        posix_int_arg(vm, p[0], &fd) < 0 || posix_i64_arg(vm, p[1], &length) < 0)
        return SP_NULL;
    if (ftruncate(fd, (off_t)length) < 0) return posix_error(vm, errno, SP_NULL);
    return SP_NONE;
}

static sp_value_t posix_dup(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[1];
    int fd;
    if (sp_parse_args(vm, "dup", "fd, /", args, nargs, kwnames, p) < 0 || posix_int_arg(vm, p[0], &fd) < 0)
        return SP_NULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) return posix_error(vm, errno, SP_NULL);
    return sp_smallint(r);
}

static sp_value_t posix_dup2(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[3];
    int fd, fd2;
    if (sp_parse_args(vm, "dup2", "fd, fd2, inheritable=", args, nargs, kwnames, p) < 0 ||
        posix_int_arg(vm, p[0], &fd) < 0 || posix_int_arg(vm, p[1], &fd2) < 0)
        return SP_NULL;
    int inheritable = 1;
    if (p[2] != SP_NULL && (inheritable = sp_truthy(vm, p[2])) < 0) return SP_NULL;
    int r;
    do r = dup2(fd, fd2);
    while (r < 0 && errno == EINTR);
    if (r < 0) return posix_error(vm, errno, SP_NULL);
    if (!inheritable) fcntl(r, F_SETFD, FD_CLOEXEC);
    return sp_smallint(r);
}

static sp_value_t posix_pipe(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "pipe", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    int fds[2];
    if (pipe(fds) < 0) return posix_error(vm, errno, SP_NULL);
    /* New descriptors are non-inheritable, as in CPython (PEP 446). */
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    return sp_tuple_pack2(vm, sp_smallint(fds[0]), sp_smallint(fds[1]));
}

static sp_value_t posix_get_inheritable(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[1];
    int fd;
    if (sp_parse_args(vm, "get_inheritable", "fd, /", args, nargs, kwnames, p) < 0 ||
        posix_int_arg(vm, p[0], &fd) < 0)
        return SP_NULL;
    int flags = fcntl(fd, F_GETFD);
    if (flags < 0) return posix_error(vm, errno, SP_NULL);
    return sp_bool(!(flags & FD_CLOEXEC));
}

static sp_value_t posix_set_inheritable(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    int fd;
    if (sp_parse_args(vm, "set_inheritable", "fd, inheritable, /", args, nargs, kwnames, p) < 0 ||
        posix_int_arg(vm, p[0], &fd) < 0)
        return SP_NULL;
    int on = sp_truthy(vm, p[1]);
    if (on < 0) return SP_NULL;
    int flags = fcntl(fd, F_GETFD);
    if (flags < 0 || fcntl(fd, F_SETFD, on ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC) < 0)
        return posix_error(vm, errno, SP_NULL);
    return SP_NONE;
}

static sp_value_t posix_get_blocking(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[1];
    int fd;
    if (sp_parse_args(vm, "get_blocking", "fd, /", args, nargs, kwnames, p) < 0 || posix_int_arg(vm, p[0], &fd) < 0)
        return SP_NULL;
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0) return posix_error(vm, errno, SP_NULL);
    return sp_bool(!(flags & O_NONBLOCK));
}

static sp_value_t posix_set_blocking(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    int fd;
    if (sp_parse_args(vm, "set_blocking", "fd, blocking, /", args, nargs, kwnames, p) < 0 ||
        posix_int_arg(vm, p[0], &fd) < 0)
        return SP_NULL;
    int on = sp_truthy(vm, p[1]);
    if (on < 0) return SP_NULL;
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0 || fcntl(fd, F_SETFL, on ? flags & ~O_NONBLOCK : flags | O_NONBLOCK) < 0)
        return posix_error(vm, errno, SP_NULL);
    return SP_NONE;
}

/* _poll(fds, timeout_ms): poll(2) over a list of (fd, events) pairs; returns the list of
 * (fd, revents) pairs with a nonzero revents. A negative timeout waits forever. Used by
 * subprocess's communicate() (a private helper: Sparrow has no select module). */
static sp_value_t posix__poll(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    int timeout;
    if (sp_parse_args(vm, "_poll", "fds, timeout, /", args, nargs, kwnames, p) < 0 ||
        posix_int_arg(vm, p[1], &timeout) < 0)
        return SP_NULL;
    if (!sp_is_list(p[0])) return sp_raise(vm, SP_EXC_TypeError, "_poll: fds must be a list");
    int64_t n = SP_AS_LIST(p[0])->size;
    if (n > 65536) return sp_raise(vm, SP_EXC_ValueError, "_poll: too many file descriptors");
    struct pollfd *fds = sp_alloc_atomic(vm, sizeof(struct pollfd) * (size_t)(n + 1));
    if (fds == NULL) return SP_NULL;
    for (int64_t i = 0; i < n; i++) {
        sp_value_t pair = SP_AS_LIST(p[0])->items[i];
        int ev;
        if (!sp_is_tuple(pair) || SP_AS_TUPLE(pair)->size != 2)
            return sp_raise(vm, SP_EXC_TypeError, "_poll: items must be (fd, events) pairs");
        if (posix_int_arg(vm, SP_AS_TUPLE(pair)->items[0], &fds[i].fd) < 0 ||
            posix_int_arg(vm, SP_AS_TUPLE(pair)->items[1], &ev) < 0)
            return SP_NULL;
        fds[i].events = (short)ev;
        fds[i].revents = 0;
    }
    int r;
    do r = poll(fds, (nfds_t)n, timeout);
    while (r < 0 && errno == EINTR);
    if (r < 0) return posix_error(vm, errno, SP_NULL);
    sp_value_t out = sp_list_new(vm, 0);
    for (int64_t i = 0; out != SP_NULL && i < n; i++) {
        if (fds[i].revents == 0) continue;
        sp_value_t pair = sp_tuple_pack2(vm, sp_smallint(fds[i].fd), sp_smallint(fds[i].revents));
        if (pair == SP_NULL || sp_list_append(vm, out, pair) < 0) return SP_NULL;
    }
    return out;
}

/* _ignore_sigpipe(flag): ignores SIGPIPE (flag true) or restores the default action, and returns
 * whether it was ignored before. subprocess's communicate() uses it so that writing to a child
 * that has exited raises BrokenPipeError instead of killing the interpreter (CPython ignores
 * SIGPIPE for the whole process; Sparrow's CLI keeps the default so `sparrow x.py | head` ends). */
static sp_value_t posix__ignore_sigpipe(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[1];
    if (sp_parse_args(vm, "_ignore_sigpipe", "flag, /", args, nargs, kwnames, p) < 0) return SP_NULL;
    int on = sp_truthy(vm, p[0]);
    if (on < 0) return SP_NULL;
    struct sigaction act, old;
    memset(&act, 0, sizeof act);
    act.sa_handler = on ? SIG_IGN : SIG_DFL;
    sigemptyset(&act.sa_mask);
    if (sigaction(SIGPIPE, &act, &old) < 0) return posix_error(vm, errno, SP_NULL);
    return sp_bool(old.sa_handler == SIG_IGN);
}

/* ---- Processes ------------------------------------------------------------------------------- */

static sp_value_t posix_getpid(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "getpid", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    return sp_int_from_i64(vm, getpid());
}

static sp_value_t posix_getppid(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "getppid", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    return sp_int_from_i64(vm, getppid());
}

static sp_value_t posix_getuid(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "getuid", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    return sp_int_from_i64(vm, getuid());
}

static sp_value_t posix_geteuid(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "geteuid", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    return sp_int_from_i64(vm, geteuid());
}

static sp_value_t posix_getgid(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "getgid", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    return sp_int_from_i64(vm, getgid());
}

static sp_value_t posix_getegid(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "getegid", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    return sp_int_from_i64(vm, getegid());
}

static sp_value_t posix_kill(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    int64_t pid;
    int sig;
    if (sp_parse_args(vm, "kill", "pid, signal, /", args, nargs, kwnames, p) < 0 || posix_i64_arg(vm, p[0], &pid) < 0 ||
        posix_int_arg(vm, p[1], &sig) < 0)
        return SP_NULL;
    if (kill((pid_t)pid, sig) < 0) return posix_error(vm, errno, SP_NULL);
    return SP_NONE;
}

static sp_value_t posix_fork(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "fork", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    pid_t pid = fork();
    if (pid < 0) return posix_error(vm, errno, SP_NULL);
    return sp_int_from_i64(vm, pid);
}

static sp_value_t posix__exit(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[1];
    int status;
    if (sp_parse_args(vm, "_exit", "status", args, nargs, kwnames, p) < 0 || posix_int_arg(vm, p[0], &status) < 0)
        return SP_NULL;
    _exit(status);
}

/* A NULL-terminated array of C strings from a list or tuple of str/bytes/PathLike. */
static char **posix_argv(sp_vm_t *vm, const char *fname, sp_value_t seq) {
    if (!sp_is_list(seq) && !sp_is_tuple(seq)) {
        sp_raise(vm, SP_EXC_TypeError, "%s() arg 2 must be a tuple or list", fname);
        return NULL;
    }
    int64_t n = sp_is_list(seq) ? SP_AS_LIST(seq)->size : SP_AS_TUPLE(seq)->size;
    sp_value_t *items = sp_is_list(seq) ? SP_AS_LIST(seq)->items : SP_AS_TUPLE(seq)->items;
    if (n < 1) {
        sp_raise(vm, SP_EXC_ValueError, "%s() arg 2 must not be empty", fname);
        return NULL;
    }
    char **argv = sp_alloc(vm, sizeof(char *) * (size_t)(n + 1));
    if (argv == NULL) return NULL;
    for (int64_t i = 0; i < n; i++) {
        posix_path_t arg;
        if (posix_path_arg(vm, fname, items[i], false, &arg) < 0) return NULL;
        if (i == 0 && arg.path[0] == 0) {
            sp_raise(vm, SP_EXC_ValueError, "%s() arg 2 first element cannot be empty", fname);
            return NULL;
        }
        argv[i] = (char *)arg.path;
    }
    argv[n] = NULL;
    return argv;
}

/* "KEY=VALUE" strings from a mapping (keys() and [] are used, as CPython's execve). */
static char **posix_envp(sp_vm_t *vm, sp_value_t env) {
    sp_value_t keys_fn = sp_getattr(vm, env, sp_str_intern_cstr(vm, "keys"));
    if (keys_fn == SP_NULL) {
        sp_exc_fetch(vm);
        sp_raise(vm, SP_EXC_TypeError, "env must be a mapping object");
        return NULL;
    }
    sp_value_t keys = sp_call(vm, keys_fn, NULL, 0, SP_NULL);
    sp_value_t list = keys ? sp_list_from_iterable(vm, keys) : SP_NULL;
    if (list == SP_NULL) return NULL;
    int64_t n = SP_AS_LIST(list)->size;
    char **envp = sp_alloc(vm, sizeof(char *) * (size_t)(n + 1));
    if (envp == NULL) return NULL;
    for (int64_t i = 0; i < n; i++) {
        sp_value_t key = SP_AS_LIST(list)->items[i];
        sp_value_t value = sp_getitem(vm, env, key);
        if (value == SP_NULL) return NULL;
        posix_path_t k, v;
        if (posix_path_arg(vm, "execve", key, false, &k) < 0 || posix_path_arg(vm, "execve", value, false, &v) < 0)
            return NULL;
        if (k.path[0] == 0 || strchr(k.path + 1, '=') != NULL) {
            sp_raise(vm, SP_EXC_ValueError, "illegal environment variable name");
            return NULL;
        }
        size_t kl = strlen(k.path), vl = strlen(v.path);
        char *entry = sp_alloc_atomic(vm, kl + vl + 2);
        if (entry == NULL) return NULL;
        memcpy(entry, k.path, kl);
        entry[kl] = '=';
        memcpy(entry + kl + 1, v.path, vl + 1);
        envp[i] = entry;
    }
    envp[n] = NULL;
    return envp;
}

static sp_value_t posix_execv(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    if (sp_parse_args(vm, "execv", "path, argv, /", args, nargs, kwnames, p) < 0) return SP_NULL;
    posix_path_t path;
    if (posix_path_arg(vm, "execv", p[0], false, &path) < 0) return SP_NULL;
    char **argv = posix_argv(vm, "execv", p[1]);
    if (argv == NULL) return SP_NULL;
    execv(path.path, argv);
    return posix_error(vm, errno, SP_NULL);
}

static sp_value_t posix_execve(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[3];
    if (sp_parse_args(vm, "execve", "path, argv, env", args, nargs, kwnames, p) < 0) return SP_NULL;
    posix_path_t path;
    if (posix_path_arg(vm, "execve", p[0], false, &path) < 0) return SP_NULL;
    char **argv = posix_argv(vm, "execve", p[1]);
    char **envp = argv ? posix_envp(vm, p[2]) : NULL;
    if (envp == NULL) return SP_NULL;
    execve(path.path, argv, envp);
    return posix_error(vm, errno, SP_NULL);
}

static sp_value_t posix_rusage_value(sp_vm_t *vm, const struct rusage *ru) {
    sp_value_t it[16] = {
        sp_float((double)ru->ru_utime.tv_sec + ru->ru_utime.tv_usec * 1e-6),
        sp_float((double)ru->ru_stime.tv_sec + ru->ru_stime.tv_usec * 1e-6),
        sp_int_from_i64(vm, ru->ru_maxrss),
        sp_int_from_i64(vm, ru->ru_ixrss),
        sp_int_from_i64(vm, ru->ru_idrss),
        sp_int_from_i64(vm, ru->ru_isrss),
        sp_int_from_i64(vm, ru->ru_minflt),
        sp_int_from_i64(vm, ru->ru_majflt),
        sp_int_from_i64(vm, ru->ru_nswap),
        sp_int_from_i64(vm, ru->ru_inblock),
        sp_int_from_i64(vm, ru->ru_oublock),
        sp_int_from_i64(vm, ru->ru_msgsnd),
        sp_int_from_i64(vm, ru->ru_msgrcv),
        sp_int_from_i64(vm, ru->ru_nsignals),
        sp_int_from_i64(vm, ru->ru_nvcsw),
        sp_int_from_i64(vm, ru->ru_nivcsw),
    };
    return posix_make_struct(vm, "struct_rusage", it, 16);
}

/* waitpid / wait / wait4 share one loop that retries on EINTR. */
static sp_value_t posix_wait_common(sp_vm_t *vm, pid_t pid, int options, bool with_rusage) {
    int status = 0;
    struct rusage ru;
    memset(&ru, 0, sizeof ru);
    pid_t r;
    do r = wait4(pid, &status, options, with_rusage ? &ru : NULL);
    while (r < 0 && errno == EINTR);
    if (r < 0) return posix_error(vm, errno, SP_NULL);
    if (!with_rusage) return sp_tuple_pack2(vm, sp_int_from_i64(vm, r), sp_int_from_i64(vm, status));
    sp_value_t usage = posix_rusage_value(vm, &ru);
    if (usage == SP_NULL) return SP_NULL;
    sp_value_t items[3] = {sp_int_from_i64(vm, r), sp_int_from_i64(vm, status), usage};
    return sp_tuple_from_array(vm, items, 3);
}

static sp_value_t posix_waitpid(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    int64_t pid;
    int options;
    if (sp_parse_args(vm, "waitpid", "pid, options, /", args, nargs, kwnames, p) < 0 ||
        posix_i64_arg(vm, p[0], &pid) < 0 || posix_int_arg(vm, p[1], &options) < 0)
        return SP_NULL;
    return posix_wait_common(vm, (pid_t)pid, options, false);
}

static sp_value_t posix_wait(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "wait", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    return posix_wait_common(vm, -1, 0, false);
}

static sp_value_t posix_wait4(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    int64_t pid;
    int options;
    if (sp_parse_args(vm, "wait4", "pid, options", args, nargs, kwnames, p) < 0 || posix_i64_arg(vm, p[0], &pid) < 0 ||
        posix_int_arg(vm, p[1], &options) < 0)
        return SP_NULL;
    return posix_wait_common(vm, (pid_t)pid, options, true);
}

static sp_value_t posix_wait3(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[1];
    int options;
    if (sp_parse_args(vm, "wait3", "options", args, nargs, kwnames, p) < 0 || posix_int_arg(vm, p[0], &options) < 0)
        return SP_NULL;
    return posix_wait_common(vm, -1, options, true);
}

static sp_value_t posix_waitstatus_to_exitcode(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[1];
    int status;
    if (sp_parse_args(vm, "waitstatus_to_exitcode", "status", args, nargs, kwnames, p) < 0 ||
        posix_int_arg(vm, p[0], &status) < 0)
        return SP_NULL;
    if (WIFEXITED(status)) return sp_smallint(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return sp_smallint(-WTERMSIG(status));
    return sp_raise(vm, SP_EXC_ValueError, "invalid wait status: %d", status);
}

/* The W* status macros, one function each. */
#define POSIX_WMACRO(NAME, EXPR)                                                                         \
    static sp_value_t posix_##NAME(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) { \
        sp_value_t p[1];                                                                                 \
        int status;                                                                                      \
        if (sp_parse_args(vm, #NAME, "status", args, nargs, kwnames, p) < 0 ||                           \
            posix_int_arg(vm, p[0], &status) < 0)                                                        \
            return SP_NULL;                                                                              \
        return EXPR;                                                                                     \
    }
POSIX_WMACRO(WIFEXITED, sp_bool(WIFEXITED(status)))
POSIX_WMACRO(WEXITSTATUS, sp_smallint(WEXITSTATUS(status)))
POSIX_WMACRO(WIFSIGNALED, sp_bool(WIFSIGNALED(status)))
POSIX_WMACRO(WTERMSIG, sp_smallint(WTERMSIG(status)))
POSIX_WMACRO(WIFSTOPPED, sp_bool(WIFSTOPPED(status)))
POSIX_WMACRO(WSTOPSIG, sp_smallint(WSTOPSIG(status)))
POSIX_WMACRO(WCOREDUMP, sp_bool(WCOREDUMP(status)))
POSIX_WMACRO(WIFCONTINUED, sp_bool(WIFCONTINUED(status)))

/* ---- System information ---------------------------------------------------------------------- */

static sp_value_t posix_uname(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "uname", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    struct utsname u;
    if (uname(&u) < 0) return posix_error(vm, errno, SP_NULL);
    sp_value_t it[5] = {sp_str_from_cstr(vm, u.sysname), sp_str_from_cstr(vm, u.nodename),
                        sp_str_from_cstr(vm, u.release), sp_str_from_cstr(vm, u.version),
                        sp_str_from_cstr(vm, u.machine)};
    for (int i = 0; i < 5; i++)
        if (it[i] == SP_NULL) return SP_NULL;
    return posix_make_struct(vm, "uname_result", it, 5);
}

static sp_value_t posix_times(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "times", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    struct tms t;
    clock_t elapsed = times(&t);
    if (elapsed == (clock_t)-1) return posix_error(vm, errno, SP_NULL);
    double tick = (double)sysconf(_SC_CLK_TCK);
    sp_value_t it[5] = {sp_float((double)t.tms_utime / tick), sp_float((double)t.tms_stime / tick),
                        sp_float((double)t.tms_cutime / tick), sp_float((double)t.tms_cstime / tick),
                        sp_float((double)elapsed / tick)};
    return posix_make_struct(vm, "times_result", it, 5);
}

static sp_value_t posix_cpu_count(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "cpu_count", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? SP_NONE : sp_int_from_i64(vm, n);
}

static sp_value_t posix_get_terminal_size(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[1];
    int fd = 1;
    if (sp_parse_args(vm, "get_terminal_size", "fd=, /", args, nargs, kwnames, p) < 0) return SP_NULL;
    if (p[0] != SP_NULL && posix_int_arg(vm, p[0], &fd) < 0) return SP_NULL;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0) return posix_error(vm, errno, SP_NULL);
    sp_value_t it[2] = {sp_smallint(w.ws_col), sp_smallint(w.ws_row)};
    return posix_make_struct(vm, "terminal_size", it, 2);
}

static sp_value_t posix_strerror(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[1];
    int code;
    if (sp_parse_args(vm, "strerror", "code, /", args, nargs, kwnames, p) < 0 || posix_int_arg(vm, p[0], &code) < 0)
        return SP_NULL;
    return sp_str_from_cstr(vm, strerror(code));
}

static sp_value_t posix_urandom(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[1];
    int64_t n;
    if (sp_parse_args(vm, "urandom", "size, /", args, nargs, kwnames, p) < 0 || posix_i64_arg(vm, p[0], &n) < 0)
        return SP_NULL;
    if (n < 0) return sp_raise(vm, SP_EXC_ValueError, "negative argument not allowed");
    char *buf = sp_alloc_atomic(vm, (size_t)n + 1);
    if (buf == NULL) return SP_NULL;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return posix_error(vm, errno, SP_NULL);
    int64_t got = 0;
    while (got < n) {
        ssize_t r = read(fd, buf + got, (size_t)(n - got));
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) {
            int err = r < 0 ? errno : EIO;
            close(fd);
            return posix_error(vm, err, SP_NULL);
        }
        got += r;
    }
    close(fd);
    return sp_bytes_new(vm, buf, (size_t)n);
}

/* ---- Environment ----------------------------------------------------------------------------- */

static sp_value_t posix_putenv(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    if (sp_parse_args(vm, "putenv", "name, value, /", args, nargs, kwnames, p) < 0) return SP_NULL;
    posix_path_t name, value;
    if (posix_path_arg(vm, "putenv", p[0], false, &name) < 0 || posix_path_arg(vm, "putenv", p[1], false, &value) < 0)
        return SP_NULL;
    if (name.path[0] == 0 || strchr(name.path, '=') != NULL)
        return sp_raise(vm, SP_EXC_ValueError, "illegal environment variable name");
    if (setenv(name.path, value.path, 1) < 0) return posix_error(vm, errno, SP_NULL);
    return SP_NONE;
}

static sp_value_t posix_unsetenv(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[1];
    if (sp_parse_args(vm, "unsetenv", "name, /", args, nargs, kwnames, p) < 0) return SP_NULL;
    posix_path_t name;
    if (posix_path_arg(vm, "unsetenv", p[0], false, &name) < 0) return SP_NULL;
    if (name.path[0] == 0 || strchr(name.path, '=') != NULL)
        return sp_raise(vm, SP_EXC_ValueError, "illegal environment variable name");
    if (unsetenv(name.path) < 0) return posix_error(vm, errno, SP_NULL);
    return SP_NONE;
}

/* posix.environ: bytes -> bytes, a snapshot of the process environment at import. */
static sp_value_t posix_environ_dict(sp_vm_t *vm) {
    sp_value_t dict = sp_dict_new(vm);
    for (char **e = environ; dict != SP_NULL && e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (eq == NULL) continue;
        sp_value_t key = sp_bytes_new(vm, *e, (size_t)(eq - *e));
        sp_value_t value = sp_bytes_new(vm, eq + 1, strlen(eq + 1));
        if (key == SP_NULL || value == SP_NULL) return SP_NULL;
        /* The first definition wins, as in CPython. */
        if (sp_dict_get(vm, dict, key) != SP_NULL) continue;
        if (sp_dict_set(vm, dict, key, value) < 0) return SP_NULL;
    }
    return dict;
}

static const sp_method_def_t posix_functions[] = {
    {"stat", posix_stat},
    {"lstat", posix_lstat},
    {"fstat", posix_fstat},
    {"getcwd", posix_getcwd},
    {"getcwdb", posix_getcwdb},
    {"chdir", posix_chdir},
    {"rmdir", posix_rmdir},
    {"unlink", posix_unlink},
    {"remove", posix_remove},
    {"mkdir", posix_mkdir},
    {"chmod", posix_chmod},
    {"rename", posix_rename},
    {"replace", posix_replace},
    {"link", posix_link},
    {"symlink", posix_symlink},
    {"readlink", posix_readlink},
    {"listdir", posix_listdir},
    {"access", posix_access},
    {"umask", posix_umask},
    {"truncate", posix_truncate},
    {"utime", posix_utime},
    {"open", posix_open},
    {"read", posix_read},
    {"write", posix_write},
    {"close", posix_close},
    {"closerange", posix_closerange},
    {"fsync", posix_fsync},
    {"isatty", posix_isatty},
    {"lseek", posix_lseek},
    {"ftruncate", posix_ftruncate},
    {"dup", posix_dup},
    {"dup2", posix_dup2},
    {"pipe", posix_pipe},
    {"get_inheritable", posix_get_inheritable},
    {"set_inheritable", posix_set_inheritable},
    {"get_blocking", posix_get_blocking},
    {"set_blocking", posix_set_blocking},
    {"_poll", posix__poll},
    {"_ignore_sigpipe", posix__ignore_sigpipe},
    {"getpid", posix_getpid},
    {"getppid", posix_getppid},
    {"getuid", posix_getuid},
    {"geteuid", posix_geteuid},
    {"getgid", posix_getgid},
    {"getegid", posix_getegid},
    {"kill", posix_kill},
    {"fork", posix_fork},
    {"_exit", posix__exit},
    {"execv", posix_execv},
    {"execve", posix_execve},
    {"waitpid", posix_waitpid},
    {"wait", posix_wait},
    {"wait3", posix_wait3},
    {"wait4", posix_wait4},
    {"waitstatus_to_exitcode", posix_waitstatus_to_exitcode},
    {"WIFEXITED", posix_WIFEXITED},
    {"WEXITSTATUS", posix_WEXITSTATUS},
    {"WIFSIGNALED", posix_WIFSIGNALED},
    {"WTERMSIG", posix_WTERMSIG},
    {"WIFSTOPPED", posix_WIFSTOPPED},
    {"WSTOPSIG", posix_WSTOPSIG},
    {"WCOREDUMP", posix_WCOREDUMP},
    {"WIFCONTINUED", posix_WIFCONTINUED},
    {"uname", posix_uname},
    {"times", posix_times},
    {"cpu_count", posix_cpu_count},
    {"get_terminal_size", posix_get_terminal_size},
    {"strerror", posix_strerror},
    {"urandom", posix_urandom},
    {"putenv", posix_putenv},
    {"unsetenv", posix_unsetenv},
    {NULL, NULL},
};

static const struct {
    const char *name;
    long value;
} posix_constants[] = {
    {"O_RDONLY", O_RDONLY},     {"O_WRONLY", O_WRONLY},       {"O_RDWR", O_RDWR},
    {"O_APPEND", O_APPEND},     {"O_CREAT", O_CREAT},         {"O_EXCL", O_EXCL},
    {"O_TRUNC", O_TRUNC},       {"O_NONBLOCK", O_NONBLOCK},   {"O_NOCTTY", O_NOCTTY},
    {"O_CLOEXEC", O_CLOEXEC},   {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW},
    {"O_SYNC", O_SYNC},         {"O_DSYNC", O_DSYNC},         {"O_ACCMODE", O_ACCMODE},
    {"SEEK_SET", SEEK_SET},     {"SEEK_CUR", SEEK_CUR},       {"SEEK_END", SEEK_END},
    {"F_OK", F_OK},             {"R_OK", R_OK},               {"W_OK", W_OK},
    {"X_OK", X_OK},             {"WNOHANG", WNOHANG},         {"WUNTRACED", WUNTRACED},
    {"WCONTINUED", WCONTINUED}, {"EX_OK", 0},                 {"POLLIN", POLLIN},
    {"POLLOUT", POLLOUT},       {"POLLERR", POLLERR},         {"POLLHUP", POLLHUP},
    {"POLLNVAL", POLLNVAL},     {"PIPE_BUF", PIPE_BUF},
};

sp_value_t posix_module_init(sp_vm_t *vm) {
    sp_value_t module = sp_module_new(vm, sp_str_intern_cstr(vm, "posix"));
    if (module == SP_NULL) return SP_NULL;
    sp_value_t dict = SP_AS_MODULE(module)->dict;
    module_add_functions(vm, module, posix_functions);
    for (size_t i = 0; i < sizeof posix_constants / sizeof posix_constants[0]; i++)
        if (sp_dict_set_cstr(vm, dict, posix_constants[i].name, sp_int_from_i64(vm, posix_constants[i].value)) < 0)
            return SP_NULL;
    sp_value_t env = posix_environ_dict(vm);
    if (env == SP_NULL || sp_dict_set_cstr(vm, dict, "environ", env) < 0) return SP_NULL;
    sp_value_t source = sp_str_from_cstr(vm, posix_prelude);
    sp_value_t fname = sp_str_from_cstr(vm, "<posix>");
    if (source == SP_NULL || fname == SP_NULL || import_exec_source(vm, module, source, fname) == SP_NULL)
        return SP_NULL;
    return module;
}
