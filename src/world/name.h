/*
 * name.h - names are not paths: the rule for scenario, world and crisis
 * names.
 *
 * Programs use these names as file names (`yokushi run --out DIR` writes
 * DIR/NAME.json), so a name such as "../../etc/x" or ".hidden" would
 * write outside DIR or out of sight. A name is 1 to YK_NAME_MAX
 * characters without '/', '\', "..", control characters or a leading
 * dot.
 */
#ifndef YK_WORLD_NAME_H
#define YK_WORLD_NAME_H

#define YK_NAME_MAX 128

/* NULL when name is a good name, else what is wrong, as a message. */
const char *yk_name_problem(const char *name);

#endif
