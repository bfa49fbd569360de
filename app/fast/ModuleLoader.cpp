#include "fast/ModuleLoader.h"

#include <dlfcn.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

namespace doo::fast {

namespace {

std::string executableDir()
{
    std::vector<char> buffer(4096);
    const ssize_t n = readlink("/proc/self/exe", buffer.data(), buffer.size() - 1);
    if (n <= 0)
        return ".";
    const std::string path(buffer.data(), std::size_t(n));
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

} // namespace

int runModule(const char *module, const char *entry, int argc, char **argv)
{
    const std::string dir = executableDir();
    const std::string candidates[] = {
        dir + "/" + module,                                     // the build tree
        dir + "/" DOO_MODULE_RELATIVE_DIR "/" + module,         // installed
    };
    std::string problems;
    for (const std::string &path : candidates) {
        if (access(path.c_str(), F_OK) != 0)
            continue;
        // Loaded for the rest of the process, as a program's own code is.
        void *library = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        using Entry = int (*)(int, char **);
        if (library)
            if (const auto run = reinterpret_cast<Entry>(dlsym(library, entry)))
                return run(argc, argv);
        const char *error = dlerror();
        problems += (problems.empty() ? "" : "; ") + std::string(error ? error : path + ": cannot be loaded");
    }
    if (problems.empty())
        problems = std::string(module) + " is missing (looked in " + dir + " and " + dir + "/" DOO_MODULE_RELATIVE_DIR ")";
    std::fprintf(stderr, "director-of-one: cannot load the program's module: %s\n", problems.c_str());
    return 1;
}

} // namespace doo::fast
