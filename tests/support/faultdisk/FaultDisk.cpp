// doo_faultdisk: a library the fault tests put into the programs they start (LD_PRELOAD) to give
// them a small disk, or to kill them at a chosen write, without root. Plain C++, no Qt: it wraps
// write, pwrite and pwrite64 (what libsqlite3 writes with), and ftruncate and ftruncate64 (a file
// that shrinks gives its space back: SQLite truncates its -shm file to nothing when it opens a
// database, then extends it again), and calls the real ones (dlsym RTLD_NEXT). It only acts on
// regular files under the folder DOO_FAULTDISK_DIR names:
//
//   DOO_FAULTDISK_FREE     a control file holding the bytes the "disk" still has free; absent:
//                          not full. A write that makes a file grow takes the growth from that
//                          number (read, changed and written back under flock, so several
//                          processes share one disk); when there is not enough it writes nothing
//                          and fails with ENOSPC. Writes inside a file's current size always work,
//                          as on a real disk. A file made smaller adds what it gave back; one made
//                          bigger by ftruncate takes nothing (a sparse file, as on tmpfs).
//   DOO_FAULTDISK_KILL_AT  k: the process raises SIGKILL on itself right before its k-th write to
//                          a file under the folder.
//
// Nothing is cached that could go stale: the variables, the folder and each descriptor's path
// (/proc/self/fd/N) are read again at every write.

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

using WriteFn = ssize_t (*)(int, const void *, size_t);
using PwriteFn = ssize_t (*)(int, const void *, size_t, off_t);
using TruncateFn = int (*)(int, off_t);

WriteFn realWrite()
{
    static const auto fn = reinterpret_cast<WriteFn>(dlsym(RTLD_NEXT, "write"));
    return fn;
}

PwriteFn realPwrite64()
{
    static const auto fn = reinterpret_cast<PwriteFn>(dlsym(RTLD_NEXT, "pwrite64"));
    return fn;
}

PwriteFn realPwrite()
{
    static const auto fn = reinterpret_cast<PwriteFn>(dlsym(RTLD_NEXT, "pwrite"));
    return fn;
}

TruncateFn realFtruncate64()
{
    static const auto fn = reinterpret_cast<TruncateFn>(dlsym(RTLD_NEXT, "ftruncate64"));
    return fn;
}

TruncateFn realFtruncate()
{
    static const auto fn = reinterpret_cast<TruncateFn>(dlsym(RTLD_NEXT, "ftruncate"));
    return fn;
}

std::atomic<long> writesSeen{0};

// True when `fd` is a regular file under DOO_FAULTDISK_DIR; its status in `st`.
bool isWatched(int fd, struct stat &st)
{
    const char *dirVar = std::getenv("DOO_FAULTDISK_DIR");
    if (!dirVar || !*dirVar || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    char dir[PATH_MAX];
    if (!realpath(dirVar, dir))
        return false;
    char link[64];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    char path[PATH_MAX];
    const ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0)
        return false;
    path[n] = '\0';
    const size_t dirLength = std::strlen(dir);
    return std::strncmp(path, dir, dirLength) == 0 && (dir[dirLength - 1] == '/' || path[dirLength] == '/');
}

// Raises SIGKILL when this is the write DOO_FAULTDISK_KILL_AT names.
void countWrite()
{
    const long seen = ++writesSeen;
    const char *killAt = std::getenv("DOO_FAULTDISK_KILL_AT");
    if (killAt && *killAt && std::strtol(killAt, nullptr, 10) == seen)
        raise(SIGKILL);
}

long long readNumber(int fd)
{
    char text[32] = {};
    ssize_t got = 0;
    while (got < ssize_t(sizeof text - 1)) {
        const ssize_t n = pread(fd, text + got, sizeof text - 1 - size_t(got), got);
        if (n <= 0)
            break;
        got += n;
    }
    return std::strtoll(text, nullptr, 10);
}

void writeNumber(int fd, long long value)
{
    const std::string text = std::to_string(value) + '\n';
    if (realFtruncate64()(fd, 0) == 0)
        realPwrite64()(fd, text.data(), text.size(), 0);
}

// The write on a small disk: `at` is where it starts (-1: the descriptor's offset, or the end
// with O_APPEND); `doWrite` carries it out.
template<typename Write>
ssize_t onSmallDisk(int fd, size_t length, off_t at, Write doWrite)
{
    struct stat st;
    if (!isWatched(fd, st))
        return doWrite();
    countWrite();
    const char *control = std::getenv("DOO_FAULTDISK_FREE");
    const int controlFd = control && *control ? open(control, O_RDWR | O_CLOEXEC) : -1;
    if (controlFd < 0)
        return doWrite(); // not full
    ssize_t result = -1;
    int savedErrno = 0;
    if (flock(controlFd, LOCK_EX) == 0 && fstat(fd, &st) == 0) {
        if (at < 0)
            at = (fcntl(fd, F_GETFL) & O_APPEND) ? st.st_size : lseek(fd, 0, SEEK_CUR);
        const long long end = static_cast<long long>(at) + static_cast<long long>(length);
        const long long growth = end > st.st_size ? end - st.st_size : 0;
        const long long left = readNumber(controlFd);
        if (growth > left) {
            savedErrno = ENOSPC;
        } else {
            const off_t before = st.st_size;
            result = doWrite();
            savedErrno = errno;
            if (result > 0 && fstat(fd, &st) == 0 && st.st_size > before)
                writeNumber(controlFd, left - (st.st_size - before));
        }
    } else {
        savedErrno = EIO;
    }
    close(controlFd); // also releases the lock
    errno = savedErrno;
    return result;
}

// A truncation on a small disk: what a file gives back is free again.
template<typename Truncate>
int truncateOnSmallDisk(int fd, Truncate doTruncate)
{
    struct stat st;
    if (!isWatched(fd, st))
        return doTruncate();
    const char *control = std::getenv("DOO_FAULTDISK_FREE");
    const int controlFd = control && *control ? open(control, O_RDWR | O_CLOEXEC) : -1;
    if (controlFd < 0)
        return doTruncate(); // not full
    int result = -1;
    int savedErrno = EIO;
    if (flock(controlFd, LOCK_EX) == 0 && fstat(fd, &st) == 0) {
        const off_t before = st.st_size;
        result = doTruncate();
        savedErrno = errno;
        if (result == 0 && fstat(fd, &st) == 0 && st.st_size < before)
            writeNumber(controlFd, readNumber(controlFd) + (before - st.st_size));
    }
    close(controlFd);
    errno = savedErrno;
    return result;
}

} // namespace

extern "C" {

__attribute__((visibility("default"))) ssize_t write(int fd, const void *buffer, size_t length)
{
    return onSmallDisk(fd, length, -1, [&] { return realWrite()(fd, buffer, length); });
}

__attribute__((visibility("default"))) ssize_t pwrite64(int fd, const void *buffer, size_t length, off64_t offset)
{
    return onSmallDisk(fd, length, offset, [&] { return realPwrite64()(fd, buffer, length, offset); });
}

__attribute__((visibility("default"))) ssize_t pwrite(int fd, const void *buffer, size_t length, off_t offset)
{
    return onSmallDisk(fd, length, offset, [&] { return realPwrite()(fd, buffer, length, offset); });
}

__attribute__((visibility("default"))) int ftruncate64(int fd, off64_t length) noexcept
{
    return truncateOnSmallDisk(fd, [&] { return realFtruncate64()(fd, length); });
}

__attribute__((visibility("default"))) int ftruncate(int fd, off_t length) noexcept
{
    return truncateOnSmallDisk(fd, [&] { return realFtruncate()(fd, length); });
}

} // extern "C"
