#pragma once

// The invalid-document tables of tst_workflowdefinition (workflowdefinition_cases.cpp); each adds
// its columns and rows to the running _data function.
namespace doo::test {
// json, field, fragment
void addInvalidTriggerRows();
// trigger, json, field, fragment
void addInvalidActionRows();
// json (QByteArray), field, fragment
void addInvalidFileRows();
} // namespace doo::test
