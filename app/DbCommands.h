#pragma once

namespace doo::cli {

struct Args;

// `db migrate | status | seed | reset --yes`
int runDbCommand(const Args &args);

} // namespace doo::cli
