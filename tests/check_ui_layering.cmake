# Guards the layer rule "widgets run no SQL, open no transaction and call no repository": fails
# when a file in ui/ includes a repository header, db/Transaction.h or db/Query.h, names a
# repository class or a Transaction, or mentions QSqlQuery. Comments are not checked.
#   cmake -DUI_DIR=<source>/ui -P check_ui_layering.cmake
if(NOT UI_DIR OR NOT IS_DIRECTORY "${UI_DIR}")
    message(FATAL_ERROR "UI_DIR is not a directory: '${UI_DIR}'")
endif()
file(GLOB_RECURSE sources "${UI_DIR}/*.h" "${UI_DIR}/*.cpp")
list(LENGTH sources count)
if(count EQUAL 0)
    message(FATAL_ERROR "no sources under ${UI_DIR}")
endif()
set(rules
    "#include[ \t]*[\"<](models/)?repositories/" "includes a repository header"
    "#include[ \t]*[\"<](models/)?db/Transaction\\.h" "includes db/Transaction.h"
    "#include[ \t]*[\"<](models/)?db/Query\\.h" "includes db/Query.h"
    "QSqlQuery" "runs SQL (QSqlQuery)"
    "[A-Za-z]*Repository([^A-Za-z0-9_]|$)" "calls a repository"
    "(^|[^A-Za-z0-9_])Transaction([^A-Za-z0-9_]|$)" "opens a transaction"
)
set(failures "")
foreach(path IN LISTS sources)
    file(STRINGS "${path}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        string(REGEX REPLACE "//.*$" "" code "${line}")
        set(i 0)
        list(LENGTH rules n)
        while(i LESS n)
            list(GET rules ${i} pattern)
            math(EXPR j "${i} + 1")
            list(GET rules ${j} what)
            if(code MATCHES "${pattern}")
                file(RELATIVE_PATH shown "${UI_DIR}/.." "${path}")
                string(APPEND failures "${shown}:${number}: ${what}: ${line}\n")
                break() # one reason a line is enough
            endif()
            math(EXPR i "${i} + 2")
        endwhile()
    endforeach()
endforeach()
if(failures)
    message(FATAL_ERROR "Widgets go through item models and intents objects (models/), never the "
                        "database directly:\n${failures}")
endif()
message(STATUS "ui/: ${count} files, no repository, transaction or SQL")
