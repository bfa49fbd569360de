#pragma once

#include <map>
#include <string>
#include <vector>

namespace doo::fast {

class SqliteFile;

// The arguments of a command the fast path may run, read as the module's cli::Args reads them.
struct Command
{
    std::vector<std::string> words;
    std::map<std::string, std::string> options; // single-valued
    std::vector<std::string> tags;              // --tag, in order
    bool json = false;

    bool has(const char *option) const { return options.count(option) > 0; }
    std::string option(const char *name) const
    {
        const auto it = options.find(name);
        return it == options.end() ? std::string() : it->second;
    }
};

// The user the command runs as: the local profile.
struct Profile
{
    std::string id;
    bool admin = false;
};

// Why the fast path leaves a command to the module (empty while it can go on).
struct Decline
{
    std::string reason;
    bool operator()(const std::string &why)
    {
        reason = why;
        return false;
    }
};

// The two commands. They return the exit code, or nothing (with decline.reason set) having
// written nothing to the database or the output.
bool addTask(const Command &command, SqliteFile &db, const Profile &user, Decline &decline, int &code);
bool listTasks(const Command &command, SqliteFile &db, const Profile &user, Decline &decline, int &code);

} // namespace doo::fast
