# errno (names, errorcode) and stat (S_IS*, S_IMODE, filemode).
import errno, stat, os
print(errno.ENOENT, errno.EAGAIN, errno.EWOULDBLOCK, errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
for m in [0o100644, 0o040755, 0o120777, 0o104755, 0o102755, 0o041777, 0o010600, 0o140000, 0o020660, 0o060660, 0o000000, 0o107777]:
    print(stat.filemode(m), stat.S_ISDIR(m), stat.S_ISREG(m), stat.S_ISLNK(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)))
print(stat.S_ISDIR(os.stat("/").st_mode), stat.ST_MTIME)
