/* _random.c: the Mersenne Twister (MT19937) core behind random.py, seeded and drawn exactly as
 * CPython 3.11's _random so every sequence after seed(int) matches; plus the few helpers random.py
 * needs without importing other modules (urandom bytes, SHA-512 for str/bytes seeds, libm). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "runtime/runtime.h"
#include "stdlib/modules.h"

/* ---- The generator ------------------------------------------------------------------------------ */

enum { MT_N = 624, MT_M = 397 };

/* An instance of _random.Random: the 624-word state and the position of the next word. The
 * struct is fixed-size (type->basicsize) so Python subclasses copy it (runtime/class.c). */
typedef struct random_object {
    sp_object_t hdr;
    int index;
    uint32_t state[MT_N];
} random_object_t;

static void mt_init_genrand(random_object_t *self, uint32_t seed) {
    uint32_t *mt = self->state;
    mt[0] = seed;
    for (int i = 1; i < MT_N; i++) mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    self->index = MT_N;
}

/* The reference init_by_array, which CPython uses for every seed. */
static void mt_init_by_array(random_object_t *self, const uint32_t *key, size_t key_length) {
    uint32_t *mt = self->state;
    mt_init_genrand(self, 19650218u);
    size_t i = 1, j = 0;
    size_t k = MT_N > key_length ? MT_N : key_length;
    for (; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++, j++;
        if (i >= MT_N) mt[0] = mt[MT_N - 1], i = 1;
        if (j >= key_length) j = 0;
    }
    for (k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) mt[0] = mt[MT_N - 1], i = 1;
    }
    mt[0] = 0x80000000u;
}

static uint32_t mt_next(random_object_t *self) {
    static const uint32_t mag01[2] = {0u, 0x9908b0dfu};
    uint32_t *mt = self->state;
    uint32_t y;
    if (self->index >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 1u];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1u];
        }
        y = (mt[MT_N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1u];
        self->index = 0;
    }
    y = mt[self->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= (y >> 18);
    return y;
}

/* Fills buf with n bytes from /dev/urandom; false when it cannot be read. */
static bool random_urandom_bytes(void *buf, size_t n) {
    FILE *f = fopen("/dev/urandom", "rb");
    if (f == NULL) return false;
    size_t got = fread(buf, 1, n, f);
    fclose(f);
    return got == n;
}

/* seed(None): 624 words of OS entropy, else the time and pid as CPython's fallback does. */
static void random_seed_entropy(random_object_t *self) {
    uint32_t key[MT_N];
    if (random_urandom_bytes(key, sizeof key)) {
        mt_init_by_array(self, key, MT_N);
        return;
    }
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    uint32_t small[5] = {(uint32_t)ts.tv_sec, (uint32_t)((uint64_t)ts.tv_sec >> 32), (uint32_t)ts.tv_nsec,
                         (uint32_t)getpid(), (uint32_t)clock()};
    mt_init_by_array(self, small, 5);
}

static sp_value_t random_call_method(sp_vm_t *vm, sp_value_t obj, const char *name, const sp_value_t *args,
                                     int nargs) {
    sp_value_t fn = sp_getattr(vm, obj, sp_str_intern_cstr(vm, name));
    return fn == SP_NULL ? SP_NULL : sp_call(vm, fn, args, nargs, SP_NULL);
}

/* Seeds with a non-negative int: its 32-bit words, least significant first (one 0 word for 0). */
static int random_seed_int(sp_vm_t *vm, random_object_t *self, sp_value_t n) {
    int64_t small;
    if (sp_is_smallint(n) || sp_is_bool(n)) {
        if (sp_int_to_i64(vm, n, &small) < 0) return -1;
        uint64_t u = (uint64_t)small;
        uint32_t key[2] = {(uint32_t)u, (uint32_t)(u >> 32)};
        mt_init_by_array(self, key, key[1] ? 2 : 1);
        return 0;
    }
    sp_value_t bits = random_call_method(vm, n, "bit_length", NULL, 0);
    int64_t nbits;
    if (bits == SP_NULL || sp_int_to_i64(vm, bits, &nbits) < 0) return -1;
    int64_t nwords = nbits == 0 ? 1 : (nbits - 1) / 32 + 1;
    sp_value_t targs[2] = {sp_int_from_i64(vm, nwords * 4), sp_str_intern_cstr(vm, "little")};
    sp_value_t bytes = random_call_method(vm, n, "to_bytes", targs, 2);
    if (bytes == SP_NULL) return -1;
    uint32_t *key = sp_alloc_atomic(vm, (size_t)nwords * sizeof(uint32_t));
    if (key == NULL) return -1;
    const unsigned char *p = (const unsigned char *)SP_AS_BYTES(bytes)->data;
    for (int64_t i = 0; i < nwords; i++)
        key[i] = (uint32_t)p[4 * i] | (uint32_t)p[4 * i + 1] << 8 | (uint32_t)p[4 * i + 2] << 16 |
                 (uint32_t)p[4 * i + 3] << 24;
    mt_init_by_array(self, key, (size_t)nwords);
    return 0;
}

/* CPython's _random seeding: None → entropy; int → abs(n); anything else → its hash as an
 * unsigned machine word. */
static int random_seed_value(sp_vm_t *vm, random_object_t *self, sp_value_t arg) {
    if (arg == SP_NULL || arg == SP_NONE) {
        random_seed_entropy(self);
        return 0;
    }
    if (sp_is_int(arg) || sp_is_bool(arg)) {
        sp_value_t n = sp_number_abs(vm, sp_is_bool(arg) ? sp_smallint(arg == SP_TRUE) : arg);
        if (n == SP_NULL) return -1;
        return random_seed_int(vm, self, n);
    }
    int64_t h;
    if (sp_hash(vm, arg, &h) < 0) return -1;
    return random_seed_int(vm, self, sp_int_from_u64(vm, (uint64_t)h));
}

/* ---- Methods ------------------------------------------------------------------------------------ */

static const char random_type_name[] = "Random";

static random_object_t *random_self(sp_vm_t *vm, const char *method, const sp_value_t *args, int nargs) {
    if (nargs >= 1 && sp_is_obj(args[0])) {
        for (sp_type_t *t = SP_AS_OBJ(args[0])->type; t != NULL; t = t->base)
            if (t->name == random_type_name) return SP_PTR(random_object_t, args[0]);
    }
    sp_raise(vm, SP_EXC_TypeError, "descriptor '%s' requires a '_random.Random' object", method);
    return NULL;
}

static sp_value_t random_m_seed(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    random_object_t *self = random_self(vm, "seed", args, nargs);
    if (self == NULL || sp_check_nargs(vm, "seed", nargs - 1, kwnames, 0, 1) < 0) return SP_NULL;
    if (random_seed_value(vm, self, nargs > 1 ? args[1] : SP_NULL) < 0) return SP_NULL;
    return SP_NONE;
}

static double random_double(random_object_t *self) {
    uint32_t a = mt_next(self) >> 5, b = mt_next(self) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

static sp_value_t random_m_random(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    random_object_t *self = random_self(vm, "random", args, nargs);
    if (self == NULL || sp_check_arity(vm, "Random.random", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return sp_float(random_double(self));
}

/* Makes an int from little-endian bytes through int.from_bytes. */
static sp_value_t random_int_from_le(sp_vm_t *vm, const void *data, size_t size) {
    sp_value_t from_bytes = sp_dict_get_cstr(vm, vm->types[SP_K_INT]->dict, "from_bytes");
    if (from_bytes == SP_NULL) return sp_raise(vm, SP_EXC_SystemError, "int.from_bytes is missing");
    sp_value_t fargs[2] = {sp_bytes_new(vm, data, size), sp_str_intern_cstr(vm, "little")};
    if (fargs[0] == SP_NULL) return SP_NULL;
    return sp_call(vm, from_bytes, fargs, 2, SP_NULL);
}

static sp_value_t random_m_getrandbits(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    random_object_t *self = random_self(vm, "getrandbits", args, nargs);
    if (self == NULL || sp_check_nargs(vm, "Random.getrandbits", nargs - 1, kwnames, 1, 1) < 0)
        return SP_NULL;
    if (sp_is_float(args[1]))
        return sp_raise(vm, SP_EXC_TypeError, "'float' object cannot be interpreted as an integer");
    int64_t k;
    if (sp_index(vm, args[1], &k) < 0 || k > INT32_MAX || k < INT32_MIN) {
        /* k is a C int in CPython: anything wider is an OverflowError. */
        if (vm->exc != SP_NULL && !sp_exc_matches(vm, SP_EXC_OverflowError)) return SP_NULL;
        vm->exc = SP_NULL;
        return sp_raise(vm, SP_EXC_OverflowError, "Python int too large to convert to C int");
    }
    if (k < 0) return sp_raise(vm, SP_EXC_ValueError, "number of bits must be non-negative");
    if (k == 0) return sp_smallint(0);
    if (k <= 32) return sp_int_from_i64(vm, mt_next(self) >> (32 - k));
    if (k <= 64) {
        uint64_t lo = mt_next(self);
        uint64_t hi = mt_next(self) >> (64 - k);
        return sp_int_from_u64(vm, lo | hi << 32);
    }
    int64_t nwords = (k - 1) / 32 + 1;
    unsigned char *buf = sp_alloc_atomic(vm, (size_t)nwords * 4);
    if (buf == NULL) return SP_NULL;
    for (int64_t i = 0; i < nwords; i++, k -= 32) {
        uint32_t r = mt_next(self);
        if (k < 32) r >>= (32 - k);
        buf[4 * i] = (unsigned char)r;
        buf[4 * i + 1] = (unsigned char)(r >> 8);
        buf[4 * i + 2] = (unsigned char)(r >> 16);
        buf[4 * i + 3] = (unsigned char)(r >> 24);
    }
    return random_int_from_le(vm, buf, (size_t)nwords * 4);
}

static sp_value_t random_m_getstate(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    random_object_t *self = random_self(vm, "getstate", args, nargs);
    if (self == NULL || sp_check_arity(vm, "Random.getstate", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    sp_value_t state = sp_tuple_new(vm, MT_N + 1);
    if (state == SP_NULL) return SP_NULL;
    for (int i = 0; i < MT_N; i++) SP_AS_TUPLE(state)->items[i] = sp_int_from_i64(vm, self->state[i]);
    SP_AS_TUPLE(state)->items[MT_N] = sp_int_from_i64(vm, self->index);
    return state;
}

static sp_value_t random_m_setstate(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    random_object_t *self = random_self(vm, "setstate", args, nargs);
    if (self == NULL || sp_check_nargs(vm, "Random.setstate", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    sp_value_t state = args[1];
    if (!sp_is_tuple(state)) return sp_raise(vm, SP_EXC_TypeError, "state vector must be a tuple");
    if (SP_AS_TUPLE(state)->size != MT_N + 1)
        return sp_raise(vm, SP_EXC_ValueError, "state vector is the wrong size");
    uint32_t words[MT_N];
    for (int i = 0; i < MT_N; i++) {
        sp_value_t item = SP_AS_TUPLE(state)->items[i];
        if (!sp_is_int(item) && !sp_is_bool(item))
            return sp_raise(vm, SP_EXC_TypeError, "an integer is required");
        if (sp_int_sign(vm, item) < 0)
            return sp_raise(vm, SP_EXC_OverflowError, "can't convert negative value to unsigned int");
        /* As CPython: any value that fits a C unsigned long, truncated to 32 bits. */
        sp_value_t high = sp_int_binop(vm, SP_BINOP_RSHIFT, item, sp_smallint(64));
        sp_value_t low =
            high == SP_NULL ? SP_NULL : sp_int_binop(vm, SP_BINOP_AND, item, sp_smallint(0xFFFFFFFF));
        if (low == SP_NULL) return SP_NULL;
        if (sp_int_sign(vm, high) != 0)
            return sp_raise(vm, SP_EXC_OverflowError, "Python int too large to convert to C unsigned long");
        int64_t w;
        if (sp_int_to_i64(vm, low, &w) < 0) return SP_NULL;
        words[i] = (uint32_t)w;
    }
    int64_t index;
    if (sp_index(vm, SP_AS_TUPLE(state)->items[MT_N], &index) < 0) return SP_NULL;
    if (index < 0 || index > MT_N) return sp_raise(vm, SP_EXC_ValueError, "invalid state");
    memcpy(self->state, words, sizeof words);
    self->index = (int)index;
    return SP_NONE;
}

static const sp_method_def_t random_methods[] = {
    {"seed", random_m_seed},         {"random", random_m_random},     {"getrandbits", random_m_getrandbits},
    {"getstate", random_m_getstate}, {"setstate", random_m_setstate}, {NULL, NULL},
};

static sp_value_t random_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                   sp_value_t kwnames) {
    /* Random(x) seeds with x when it is an int, else from entropy. A Python subclass's __init__
     * (random.py) reseeds anyway and may take any arguments, and this constructor is also what
     * makes a subclass's instance (runtime/class.c), so other arguments are ignored. */
    (void)kwnames;
    /* Not atomic: the header may be the only reference to the type once the module is gone. */
    random_object_t *self = (random_object_t *)sp_new_object(vm, type, sizeof(random_object_t));
    if (self == NULL) return SP_NULL;
    sp_value_t seed = nargs >= 1 && (sp_is_int(args[0]) || sp_is_bool(args[0])) ? args[0] : SP_NONE;
    if (random_seed_value(vm, self, seed) < 0) return SP_NULL;
    return SP_OBJ(self);
}

/* ---- Module helpers for random.py --------------------------------------------------------------- */

static sp_value_t random_f_urandom(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "_urandom", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    int64_t n;
    if (sp_index(vm, args[0], &n) < 0) return SP_NULL;
    if (n < 0) return sp_raise(vm, SP_EXC_ValueError, "negative argument not allowed");
    if (n > ((int64_t)1 << 40)) return sp_raise_nomem(vm);
    void *buf = sp_alloc_atomic(vm, (size_t)n + 1);
    if (buf == NULL) return SP_NULL;
    if (!random_urandom_bytes(buf, (size_t)n))
        return sp_raise(vm, SP_EXC_OSError, "cannot read /dev/urandom");
    return sp_bytes_new(vm, buf, (size_t)n);
}

/* SHA-512 (FIPS 180-4), for random.seed(str/bytes), which hashes the seed with it. */
static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ull, 0x7137449123ef65cdull, 0xb5c0fbcfec4d3b2full, 0xe9b5dba58189dbbcull,
    0x3956c25bf348b538ull, 0x59f111f1b605d019ull, 0x923f82a4af194f9bull, 0xab1c5ed5da6d8118ull,
    0xd807aa98a3030242ull, 0x12835b0145706fbeull, 0x243185be4ee4b28cull, 0x550c7dc3d5ffb4e2ull,
    0x72be5d74f27b896full, 0x80deb1fe3b1696b1ull, 0x9bdc06a725c71235ull, 0xc19bf174cf692694ull,
    0xe49b69c19ef14ad2ull, 0xefbe4786384f25e3ull, 0x0fc19dc68b8cd5b5ull, 0x240ca1cc77ac9c65ull,
    0x2de92c6f592b0275ull, 0x4a7484aa6ea6e483ull, 0x5cb0a9dcbd41fbd4ull, 0x76f988da831153b5ull,
    0x983e5152ee66dfabull, 0xa831c66d2db43210ull, 0xb00327c898fb213full, 0xbf597fc7beef0ee4ull,
    0xc6e00bf33da88fc2ull, 0xd5a79147930aa725ull, 0x06ca6351e003826full, 0x142929670a0e6e70ull,
    0x27b70a8546d22ffcull, 0x2e1b21385c26c926ull, 0x4d2c6dfc5ac42aedull, 0x53380d139d95b3dfull,
    0x650a73548baf63deull, 0x766a0abb3c77b2a8ull, 0x81c2c92e47edaee6ull, 0x92722c851482353bull,
    0xa2bfe8a14cf10364ull, 0xa81a664bbc423001ull, 0xc24b8b70d0f89791ull, 0xc76c51a30654be30ull,
    0xd192e819d6ef5218ull, 0xd69906245565a910ull, 0xf40e35855771202aull, 0x106aa07032bbd1b8ull,
    0x19a4c116b8d2d0c8ull, 0x1e376c085141ab53ull, 0x2748774cdf8eeb99ull, 0x34b0bcb5e19b48a8ull,
    0x391c0cb3c5c95a63ull, 0x4ed8aa4ae3418acbull, 0x5b9cca4f7763e373ull, 0x682e6ff3d6b2b8a3ull,
    0x748f82ee5defb2fcull, 0x78a5636f43172f60ull, 0x84c87814a1f0ab72ull, 0x8cc702081a6439ecull,
    0x90befffa23631e28ull, 0xa4506cebde82bde9ull, 0xbef9a3f7b2c67915ull, 0xc67178f2e372532bull,
    0xca273eceea26619cull, 0xd186b8c721c0c207ull, 0xeada7dd6cde0eb1eull, 0xf57d4f7fee6ed178ull,
    0x06f067aa72176fbaull, 0x0a637dc5a2c898a6ull, 0x113f9804bef90daeull, 0x1b710b35131c471bull,
    0x28db77f523047d84ull, 0x32caab7b40c72493ull, 0x3c9ebe0a15c9bebcull, 0x431d67c49c100d4cull,
    0x4cc5d4becb3e42b6ull, 0x597f299cfc657e2aull, 0x5fcb6fab3ad6faecull, 0x6c44198c4a475817ull,
};

static uint64_t sha512_rotr(uint64_t x, int n) {
    return (x >> n) | (x << (64 - n));
}

static void sha512_block(uint64_t h[8], const unsigned char *p) {
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
        w[i] = 0;
        for (int b = 0; b < 8; b++) w[i] = w[i] << 8 | p[8 * i + b];
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = sha512_rotr(w[i - 15], 1) ^ sha512_rotr(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = sha512_rotr(w[i - 2], 19) ^ sha512_rotr(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t s1 = sha512_rotr(e, 14) ^ sha512_rotr(e, 18) ^ sha512_rotr(e, 41);
        uint64_t ch = (e & f) ^ (~e & g);
        uint64_t t1 = hh + s1 + ch + sha512_k[i] + w[i];
        uint64_t s0 = sha512_rotr(a, 28) ^ sha512_rotr(a, 34) ^ sha512_rotr(a, 39);
        uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint64_t t2 = s0 + maj;
        hh = g, g = f, f = e, e = d + t1, d = c, c = b, b = a, a = t1 + t2;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

static void sha512_digest(const unsigned char *data, size_t size, unsigned char out[64]) {
    uint64_t h[8] = {0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull,
                     0xa54ff53a5f1d36f1ull, 0x510e527fade682d1ull, 0x9b05688c2b3e6c1full,
                     0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull};
    size_t full = size / 128 * 128;
    for (size_t off = 0; off < full; off += 128) sha512_block(h, data + off);
    unsigned char tail[256] = {0};
    size_t rest = size - full;
    memcpy(tail, data + full, rest);
    tail[rest] = 0x80;
    size_t tail_len = rest + 1 + 16 <= 128 ? 128 : 256;
    uint64_t bits = (uint64_t)size * 8;
    for (int b = 0; b < 8; b++) tail[tail_len - 1 - b] = (unsigned char)(bits >> (8 * b));
    /* The high 64 bits of the 128-bit length stay 0 (size < 2^61 bytes). */
    for (size_t off = 0; off < tail_len; off += 128) sha512_block(h, tail + off);
    for (int i = 0; i < 8; i++)
        for (int b = 0; b < 8; b++) out[8 * i + b] = (unsigned char)(h[i] >> (56 - 8 * b));
}

static sp_value_t random_f_sha512(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "_sha512", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    sp_value_t data = args[0];
    if (sp_is_bytearray(data)) data = sp_bytes_from_bytearray(vm, data);
    if (data == SP_NULL) return SP_NULL;
    if (!sp_is_kind(data, SP_K_BYTES))
        return sp_raise(vm, SP_EXC_TypeError, "object supporting the buffer API required");
    unsigned char out[64];
    sha512_digest((const unsigned char *)SP_AS_BYTES(data)->data, (size_t)SP_AS_BYTES(data)->size, out);
    return sp_bytes_new(vm, out, 64);
}

/* The libm functions random.py uses (so it does not depend on the math module). */
static sp_value_t random_float_fn(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames,
                                  const char *name, double (*fn)(double), bool domain_check) {
    if (sp_check_nargs(vm, name, nargs, kwnames, 1, 1) < 0) return SP_NULL;
    double x;
    if (sp_to_double(vm, args[0], &x) < 0) return SP_NULL;
    double r = fn(x);
    if (domain_check && isnan(r) && !isnan(x)) return sp_raise(vm, SP_EXC_ValueError, "math domain error");
    if (domain_check && isinf(r) && !isinf(x)) return sp_raise(vm, SP_EXC_ValueError, "math domain error");
    return sp_float(r);
}

#define RANDOM_LIBM(NAME, FN, CHECK)                                                                         \
    static sp_value_t random_f_##NAME(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {  \
        return random_float_fn(vm, args, nargs, kwnames, #NAME, FN, CHECK);                                  \
    }
RANDOM_LIBM(_log, log, true)
RANDOM_LIBM(_exp, exp, false)
RANDOM_LIBM(_sqrt, sqrt, true)
RANDOM_LIBM(_cos, cos, true)
RANDOM_LIBM(_sin, sin, true)
RANDOM_LIBM(_acos, acos, true)
#undef RANDOM_LIBM

static const sp_method_def_t random_functions[] = {
    {"_urandom", random_f_urandom}, {"_sha512", random_f_sha512}, {"_log", random_f__log},
    {"_exp", random_f__exp},        {"_sqrt", random_f__sqrt},    {"_cos", random_f__cos},
    {"_sin", random_f__sin},        {"_acos", random_f__acos},    {NULL, NULL},
};

sp_value_t random_module_init(sp_vm_t *vm) {
    sp_value_t module = sp_module_new(vm, sp_str_intern_cstr(vm, "_random"));
    if (module == SP_NULL) return SP_NULL;
    sp_type_t *type = type_new_builtin(vm, SP_K_OBJECT, random_type_name, vm->types[SP_K_OBJECT]);
    if (type == NULL) return SP_NULL;
    type->flags |= SP_TYPE_BASETYPE;
    type->basicsize = sizeof(random_object_t); /* subclasses copy the struct (runtime/class.c) */
    type->construct = random_construct;
    type_add_methods(vm, type, random_methods);
    module_add_functions(vm, module, random_functions);
    sp_dict_set_cstr(vm, SP_AS_MODULE(module)->dict, "Random", SP_OBJ(type));
    return vm->exc != SP_NULL ? SP_NULL : module;
}
