#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSecrets) // doo.secrets: keychain jobs by key id and outcome, never a secret
