#include "fast/FastPath.h"

#include "fast/Command.h"
#include "fast/SqliteFile.h"
#include "fast/Text.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>

namespace doo::fast {

namespace {

const std::set<std::string> kAddOptions = {"--database", "--priority", "--due", "--description", "--tag"};
const std::set<std::string> kListOptions = {"--database", "--status", "--priority", "--tag"};

// As cli::Args::parse, for the options the fast path knows; anything else declines.
bool parse(int argc, char **argv, Command &command, Decline &decline)
{
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (!text::isUtf8(a))
            return decline("an argument is not UTF-8");
        if (a == "--")
            return decline("--");
        if (a.size() > 1 && a[0] == '-' && !(a[1] >= '0' && a[1] <= '9')) {
            if (a == "--json") {
                command.json = true;
                continue;
            }
            if (!kAddOptions.count(a) && !kListOptions.count(a))
                return decline("the option " + a);
            if (i + 1 >= argc)
                return decline(a + " without a value");
            const std::string value = argv[++i];
            if (!text::isUtf8(value))
                return decline("an argument is not UTF-8");
            if (a == "--tag")
                command.tags.push_back(value);
            else if (!command.options.emplace(a, value).second)
                return decline(a + " given twice");
            continue;
        }
        command.words.push_back(a);
    }
    const auto &w = command.words;
    const bool add = w.size() == 3 && w[0] == "task" && w[1] == "add" && !command.json;
    const bool list = w.size() == 2 && w[0] == "task" && w[1] == "list" && command.json;
    if (!add && !list)
        return decline("not `task add` (without --json) or `task list --json`");
    const std::set<std::string> &allowed = add ? kAddOptions : kListOptions;
    for (const auto &option : command.options)
        if (!allowed.count(option.first))
            return decline("the option " + option.first);
    if (list && command.tags.size() > 1)
        return decline("--tag given twice");
    return true;
}

// The SQLite file the module would open: --database, else DIRECTOR_DATABASE, else the default
// of QStandardPaths::AppDataLocation. Only plain `sqlite:PATH` forms.
bool databasePath(const Command &command, std::string &path, Decline &decline)
{
    std::string url = command.option("--database");
    const char *env = std::getenv("DIRECTOR_DATABASE");
    if (url.empty() && env && *env)
        url = env;
    if (url.empty()) {
        const char *dataHome = std::getenv("XDG_DATA_HOME");
        const char *home = std::getenv("HOME");
        std::string base;
        if (dataHome && *dataHome)
            base = dataHome;
        else if (home && *home)
            base = std::string(home) + "/.local/share";
        if (base.empty() || base[0] != '/')
            return decline("no absolute data folder");
        path = base + "/DirectorOfOne/director-of-one/director-of-one.sqlite";
    } else {
        if (url.compare(0, 7, "sqlite:") != 0)
            return decline("not an SQLite database");
        if (text::trimmed(url) != url || url.compare(7, 2, "//") == 0) // spaces, the URL form: the module's way
            return decline("a database URL the module reads its own way");
        path = url.substr(7);
    }
    // QDir::cleanPath takes ".." by name and the system by following links: the file may differ.
    // ("." and doubled slashes name the same file either way.)
    const std::string wrapped = "/" + path + "/";
    if (path.empty() || wrapped.find("/../") != std::string::npos)
        return decline("a database path with \"..\", which the module reads its own way");
    return true;
}

bool openDatabase(SqliteFile &db, const std::string &path, Profile &user, Decline &decline)
{
    if (!db.open(path))
        return decline(db.why());
    // The schema must be the one this program writes (the module migrates an older one).
    if (db.scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version") != std::to_string(DOO_SCHEMA_VERSION))
        return decline("the schema is not at version " + std::to_string(DOO_SCHEMA_VERSION));
    Statement q(db,
                "SELECT u.id, u.role, u.is_active FROM app_setting s JOIN app_user u ON u.id = s.value "
                "WHERE s.key = ?",
                {Value::of("local_profile_user_id")});
    if (!q.next())
        return decline("no local profile");
    if (q.integer(2) != 1)
        return decline("the local profile is deactivated");
    user.id = std::string(q.text(0));
    user.admin = q.text(1) == "ADMIN";
    return true;
}

} // namespace

int run(int argc, char **argv)
{
    const char *mode = std::getenv("DOO_FAST_PATH");
    if (mode && std::strcmp(mode, "off") == 0)
        return kNotHandled;
    Command command;
    Decline decline;
    std::string path;
    int code = 0;
    bool done = parse(argc, argv, command, decline) && databasePath(command, path, decline);
    if (done) {
        SqliteFile db;
        Profile user;
        done = openDatabase(db, path, user, decline)
               && (command.words[1] == "add" ? addTask(command, db, user, decline, code)
                                              : listTasks(command, db, user, decline, code));
        if (done)
            db.finish(path);
    }
    if (done)
        return code;
    if (mode && std::strcmp(mode, "require") == 0) {
        std::fprintf(stderr, "director-of-one: the fast path leaves this command to the module: %s\n", decline.reason.c_str());
        return 3;
    }
    return kNotHandled;
}

} // namespace doo::fast
