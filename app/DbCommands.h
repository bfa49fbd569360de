#pragma once

namespace doo::cli {

struct Args;

// `db migrate | status | seed | reset --yes | backup FILE | restore FILE [--yes]`
int runDbCommand(const Args &args);

} // namespace doo::cli
