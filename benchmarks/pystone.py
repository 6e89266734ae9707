"""pystone: the Dhrystone synthetic benchmark translated to Python.

What it stresses: global variable reads and writes, small function calls, attribute access on a
record object, string comparison and indexing, nested list indexing.
Algorithm: Reinhold Weicker's Dhrystone 1.1 as translated to Python ("pystone"): the main loop
calls procedures proc_1..proc_8 and functions func_1..func_3 that shuffle integers, enums,
characters, strings and a linked record.  The size argument is the number of loops.  Instead of
pystones/second it prints a checksum of the final values of the globals.
"""
import sys

DEFAULT_SIZE = 500000   # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 20000      # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)

IDENT_1, IDENT_2, IDENT_3, IDENT_4, IDENT_5 = range(1, 6)


class Record:
    def __init__(self, ptr_comp=None, discr=0, enum_comp=0, int_comp=0, string_comp=""):
        self.ptr_comp = ptr_comp
        self.discr = discr
        self.enum_comp = enum_comp
        self.int_comp = int_comp
        self.string_comp = string_comp

    def copy(self):
        return Record(self.ptr_comp, self.discr, self.enum_comp, self.int_comp,
                      self.string_comp)


# The benchmark's global state; reset by reset_globals() at the start of every run.
int_glob = 0
bool_glob = False
char_1_glob = "\0"
char_2_glob = "\0"
array_1_glob = []
array_2_glob = []
ptr_glob = None
ptr_glob_next = None


def reset_globals():
    global int_glob, bool_glob, char_1_glob, char_2_glob
    global array_1_glob, array_2_glob, ptr_glob, ptr_glob_next
    int_glob = 0
    bool_glob = False
    char_1_glob = "\0"
    char_2_glob = "\0"
    array_1_glob = [0] * 51
    array_2_glob = [[0] * 51 for _ in range(51)]
    ptr_glob = None
    ptr_glob_next = None


def proc_0(loops):
    global bool_glob, ptr_glob, ptr_glob_next

    ptr_glob_next = Record()
    ptr_glob = Record()
    ptr_glob.ptr_comp = ptr_glob_next
    ptr_glob.discr = IDENT_1
    ptr_glob.enum_comp = IDENT_3
    ptr_glob.int_comp = 40
    ptr_glob.string_comp = "DHRYSTONE PROGRAM, SOME STRING"
    string_1_loc = "DHRYSTONE PROGRAM, 1'ST STRING"
    array_2_glob[8][7] = 10

    int_loc_1 = int_loc_2 = int_loc_3 = 0
    enum_loc = 0
    for _ in range(loops):
        proc_5()
        proc_4()
        int_loc_1 = 2
        int_loc_2 = 3
        string_2_loc = "DHRYSTONE PROGRAM, 2'ND STRING"
        enum_loc = IDENT_2
        bool_glob = not func_2(string_1_loc, string_2_loc)
        while int_loc_1 < int_loc_2:
            int_loc_3 = 5 * int_loc_1 - int_loc_2
            int_loc_3 = proc_7(int_loc_1, int_loc_2)
            int_loc_1 = int_loc_1 + 1
        proc_8(array_1_glob, array_2_glob, int_loc_1, int_loc_3)
        ptr_glob = proc_1(ptr_glob)
        char_index = "A"
        while char_index <= char_2_glob:
            if enum_loc == func_1(char_index, "C"):
                enum_loc = proc_6(IDENT_1)
            char_index = chr(ord(char_index) + 1)
        int_loc_3 = int_loc_2 * int_loc_1
        int_loc_2 = int_loc_3 // int_loc_1
        int_loc_2 = 7 * (int_loc_3 - int_loc_2) - int_loc_1
        int_loc_1 = proc_2(int_loc_1)
    return int_loc_1, int_loc_2, int_loc_3, enum_loc


def proc_1(ptr_par_in):
    ptr_par_in.ptr_comp = next_record = ptr_glob.copy()
    ptr_par_in.int_comp = 5
    next_record.int_comp = ptr_par_in.int_comp
    next_record.ptr_comp = ptr_par_in.ptr_comp
    next_record.ptr_comp = proc_3(next_record.ptr_comp)
    if next_record.discr == IDENT_1:
        next_record.int_comp = 6
        next_record.enum_comp = proc_6(ptr_par_in.enum_comp)
        next_record.ptr_comp = ptr_glob.ptr_comp
        next_record.int_comp = proc_7(next_record.int_comp, 10)
    else:
        ptr_par_in = next_record.copy()
    next_record.ptr_comp = None
    return ptr_par_in


def proc_2(int_par_io):
    int_loc = int_par_io + 10
    enum_loc = 0
    while True:
        if char_1_glob == "A":
            int_loc = int_loc - 1
            int_par_io = int_loc - int_glob
            enum_loc = IDENT_1
        if enum_loc == IDENT_1:
            break
    return int_par_io


def proc_3(ptr_par_out):
    global int_glob
    if ptr_glob is not None:
        ptr_par_out = ptr_glob.ptr_comp
    else:
        int_glob = 100
    ptr_glob.int_comp = proc_7(10, int_glob)
    return ptr_par_out


def proc_4():
    global char_2_glob
    bool_loc = char_1_glob == "A"
    bool_loc = bool_loc or bool_glob
    char_2_glob = "B"


def proc_5():
    global char_1_glob, bool_glob
    char_1_glob = "A"
    bool_glob = False


def proc_6(enum_par_in):
    enum_par_out = enum_par_in
    if not func_3(enum_par_in):
        enum_par_out = IDENT_4
    if enum_par_in == IDENT_1:
        enum_par_out = IDENT_1
    elif enum_par_in == IDENT_2:
        if int_glob > 100:
            enum_par_out = IDENT_1
        else:
            enum_par_out = IDENT_4
    elif enum_par_in == IDENT_3:
        enum_par_out = IDENT_2
    elif enum_par_in == IDENT_4:
        pass
    elif enum_par_in == IDENT_5:
        enum_par_out = IDENT_3
    return enum_par_out


def proc_7(int_par_i1, int_par_i2):
    int_loc = int_par_i1 + 2
    return int_par_i2 + int_loc


def proc_8(array_1_par, array_2_par, int_par_i1, int_par_i2):
    global int_glob
    int_loc = int_par_i1 + 5
    array_1_par[int_loc] = int_par_i2
    array_1_par[int_loc + 1] = array_1_par[int_loc]
    array_1_par[int_loc + 30] = int_loc
    for int_index in range(int_loc, int_loc + 2):
        array_2_par[int_loc][int_index] = int_loc
    array_2_par[int_loc][int_loc - 1] = array_2_par[int_loc][int_loc - 1] + 1
    array_2_par[int_loc + 20][int_loc] = array_1_par[int_loc]
    int_glob = 5


def func_1(char_par_1, char_par_2):
    char_loc_1 = char_par_1
    char_loc_2 = char_loc_1
    if char_loc_2 != char_par_2:
        return IDENT_1
    return IDENT_2


def func_2(str_par_i1, str_par_i2):
    int_loc = 1
    char_loc = "\0"
    while int_loc <= 1:
        if func_1(str_par_i1[int_loc], str_par_i2[int_loc + 1]) == IDENT_1:
            char_loc = "A"
            int_loc = int_loc + 1
    if "W" <= char_loc <= "Z":
        int_loc = 7
    if char_loc == "X":
        return True
    if str_par_i1 > str_par_i2:
        int_loc = int_loc + 7
        return True
    return False


def func_3(enum_par_in):
    enum_loc = enum_par_in
    return enum_loc == IDENT_3


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    reset_globals()
    locals_ = proc_0(size)
    print("loops %d: int_glob %d bool_glob %s char_1 %s char_2 %s"
          % (size, int_glob, bool_glob, char_1_glob, char_2_glob))
    print("locals %r, array_1[8] %d, array_2[8][7] %d, ptr_glob %d/%d/%d"
          % (locals_, array_1_glob[8], array_2_glob[8][7], ptr_glob.int_comp,
             ptr_glob.enum_comp, ptr_glob.discr))
    print("array sums %d %d" % (sum(array_1_glob), sum(sum(row) for row in array_2_glob)))


if __name__ == "__main__":
    main()
