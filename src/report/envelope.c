/*
 * envelope.c - the fields every JSON output starts with, so any number a
 * user sees traces back to (version, scenario SHA-256, seed).
 */
#include "yokushi/report.h"
#include "yokushi/yokushi.h"

void yk_report_envelope_begin(yk_json *j, const yk_run_meta *meta)
{
    yk_json_object_begin(j, NULL);
    yk_json_string(j, "yokushi", yk_version());
    yk_json_string(j, "scenario", meta->scenario);
    yk_json_string(j, "kind", meta->kind);
    yk_json_string(j, "origin", meta->origin);
    yk_json_string(j, "scenario_sha256", meta->sha256);
    yk_json_int(j, "seed", (int64_t)meta->seed);
    yk_json_object_begin(j, "results");
}

yk_status yk_report_json_document(FILE *out, const yk_run_meta *meta,
                                  yk_report_members_fn members,
                                  const void *data)
{
    yk_json j;
    yk_json_init(&j, out);
    yk_report_envelope_begin(&j, meta);
    members(&j, data);
    yk_json_object_end(&j); /* results */
    yk_json_object_end(&j); /* the envelope */
    return yk_json_finish(&j);
}
