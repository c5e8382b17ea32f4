/*
 * game.h - games in extensive form (trees) and strategic form (tables),
 * Gambit's .efg/.nfg formats, and the solvers: backward induction, pure
 * equilibrium enumeration, Lemke's algorithm on the sequence form, and
 * logit quantal response path following.
 *
 * A game is read-only once built and lives in flat arrays, indexed by int:
 *
 *   nodes      depth-first (prefix) order, the root is node 0; a node's
 *              children are child[node.children + k] for its k-th action.
 *   infosets   chance's first, then player 1's, player 2's, ...; within a
 *              player in the order of their first node in depth-first
 *              order (the order Gambit prints profiles in). Player p's
 *              information sets are [player_infosets[p], player_infosets[p+1]).
 *   actions    contiguous per information set, in that same order, so a
 *              behaviour profile is one double per action and Gambit's
 *              `NE,...` line is the profile from action player_actions[1].
 *   outcomes   payoff vectors (one double per player) that nodes point to;
 *              a terminal's payoff is the sum of the outcomes on its path
 *              (Gambit allows outcomes at interior nodes).
 *
 * A strategic-form game has n_strategies[p] per player and a payoff table
 * indexed by profile, player 1's strategy varying fastest (Gambit's order);
 * a mixed profile is one double per strategy, players in order.
 *
 * Numbers read from files keep their text ("1/3", ".80") beside the double,
 * so a game written back is the game that was read.
 */
#ifndef YOKUSHI_GAME_H
#define YOKUSHI_GAME_H

#include "export.h"
#include <signal.h>
#include <stdio.h>

#include "yokushi/error.h"

YK_BEGIN_DECLS

#define YK_CHANCE 0 /* the player number of chance; players are 1..n */

typedef enum yk_game_form {
    YK_GAME_TREE = 0,  /* extensive form (.efg) */
    YK_GAME_TABLE = 1  /* strategic form (.nfg) */
} yk_game_form;

typedef enum yk_node_kind {
    YK_NODE_TERMINAL = 0,
    YK_NODE_CHANCE = 1,
    YK_NODE_PLAYER = 2
} yk_node_kind;

typedef struct yk_node {
    yk_node_kind kind;
    int parent;         /* -1 at the root */
    int parent_action;  /* the action (global index) at parent leading here; -1 at the root */
    int infoset;        /* -1 at a terminal */
    int children;       /* offset into yk_game.child */
    int outcome;        /* -1: none */
    int depth;          /* the root is 0 */
    const char *label;  /* "" when unnamed */
} yk_node;

typedef struct yk_infoset {
    int player;         /* YK_CHANCE or 1..n_players */
    int number;         /* the file's number (1-based within the player) */
    const char *label;
    int n_actions;
    int actions;        /* first action's global index */
    int n_members;
    int members;        /* offset into yk_game.member; nodes in depth-first order */
} yk_infoset;

typedef struct yk_outcome {
    int number;         /* the file's number, 1-based */
    const char *label;
    int payoffs;        /* offset into yk_game.payoff: n_players doubles */
} yk_outcome;

typedef struct yk_game_mem yk_game_mem;

typedef struct yk_game {
    yk_game_form form;
    const char *title;
    const char *comment;
    int n_players;
    const char **player;          /* player[p-1] is player p's name */

    /* extensive form */
    int n_nodes;
    yk_node *node;
    int *child;                   /* n_nodes - 1 entries */
    int n_infosets;
    yk_infoset *infoset;
    int *member;                  /* n_nodes entries at most */
    int *player_infosets;         /* n_players + 2 offsets into infoset, from chance */
    int n_actions;
    const char **action_label;
    double *action_prob;          /* chance actions; 0 for player actions */
    const char **action_prob_text;/* as written ("1/3"); NULL entries when built in code */
    int *action_infoset;          /* the information set each action belongs to */
    int *player_actions;          /* n_players + 2 offsets into actions, from chance */

    /* outcomes (both forms) */
    int n_outcomes;
    yk_outcome *outcome;
    double *payoff;               /* n_outcomes * n_players */
    const char **payoff_text;     /* parallel to payoff; NULL entries when built in code */

    /* strategic form */
    int *n_strategies;            /* n_strategies[p-1] */
    int *strategy_offset;         /* n_players + 1 offsets into strategy_label */
    const char **strategy_label;
    long n_profiles;              /* product of n_strategies */
    double *table;                /* n_profiles * n_players payoffs */
    int *profile_outcome;         /* outcome form: outcome index per profile, -1 none;
                                     NULL when the file listed payoffs directly */
    const char **table_text;      /* parallel to table: payoffs as written ("5/2") in a
                                     payoff-list file; NULL (or NULL entries) otherwise */

    yk_game_mem *mem;
} yk_game;

void yk_game_free(yk_game *g);

/* ---- building trees in code ------------------------------------------- */

typedef struct yk_game_builder yk_game_builder;

/* NULL when out of memory. The builder owns nothing the caller passed:
 * every string and array is copied. */
yk_game_builder *yk_game_builder_new(const char *title);
void yk_game_builder_free(yk_game_builder *b);
yk_status yk_game_builder_comment(yk_game_builder *b, const char *comment);
/* Returns the new player's number (1, 2, ...), or -1. */
int yk_game_add_player(yk_game_builder *b, const char *name);
/* A new information set of `player` (YK_CHANCE for chance) with n actions.
 * probs: chance probabilities (NULL for players); prob_text and labels may
 * be NULL. number: the file's number, or 0 for the next free one. Returns
 * its handle (>= 0), or -1 on bad arguments or no memory. */
int yk_game_add_infoset(yk_game_builder *b, int player, int number,
                        const char *label, int n_actions,
                        const char *const *action_labels, const double *probs,
                        const char *const *prob_text);
/* A new outcome with one payoff per player (text may be NULL); number 0
 * for the next free one. Returns its handle, or -1. */
int yk_game_add_outcome(yk_game_builder *b, int number, const char *label,
                        const double *payoffs, const char *const *payoff_text);
/* The root node's handle (always 0). */
int yk_game_root(yk_game_builder *b);
/* Makes terminal node `node` a move in `infoset`: it gets one child per
 * action, all terminal. Returns YK_E_ARG if node already moves. */
yk_status yk_game_move(yk_game_builder *b, int node, int infoset);
/* The child of `node` after its k-th action (0-based), or -1. */
int yk_game_child(yk_game_builder *b, int node, int k);
yk_status yk_game_set_outcome(yk_game_builder *b, int node, int outcome);
yk_status yk_game_set_label(yk_game_builder *b, int node, const char *label);
/* Renumbers into the flat depth-first layout and checks the game (see
 * yk_game_check). The builder may be freed afterwards. On failure *out is
 * NULL and err names the node. */
yk_status yk_game_build(yk_game_builder *b, yk_game **out, yk_error *err);

/* A strategic-form game. strategy_labels: sum(n_strategies) labels or NULL;
 * payoffs: n_profiles * n_players, player 1's strategy fastest. */
yk_status yk_game_table_new(const char *title, int n_players,
                            const char *const *player_names,
                            const int *n_strategies,
                            const char *const *strategy_labels,
                            const double *payoffs, yk_game **out, yk_error *err);

/* ---- checks --------------------------------------------------------------- */

/* Structural checks a built game always passes: chance probabilities in
 * [0,1] summing to 1 (within 1e-9), information sets with members of one
 * player and one action count, no node that is both chance and player.
 * The message names the node ("node 12 \"label\": ..."). */
yk_status yk_game_check(const yk_game *g, yk_error *err);
/* Perfect recall: every member of an information set has the same sequence
 * of the player's own (infoset, action) pairs on its path. */
yk_status yk_game_check_perfect_recall(const yk_game *g, yk_error *err);
/* Every player information set has exactly one node. */
int yk_game_is_perfect_information(const yk_game *g);

/* ---- Gambit files --------------------------------------------------------- */

/* Reads .efg (EFG 2 R / EFG 2 D) or .nfg (NFG 1 R / NFG 1 D, payoff-list or
 * outcome form), whichever the header says. name is the file name used in
 * messages. Errors: YK_E_PARSE (syntax; err has line and column),
 * YK_E_SCHEMA (a well-formed file describing a malformed game), YK_E_IO. */
yk_status yk_game_read_file(const char *path, yk_game **out, yk_error *err);
yk_status yk_game_read_buffer(const char *name, const char *text, size_t len,
                              yk_game **out, yk_error *err);
/* Writes in the game's own form (.efg for trees, .nfg for tables). */
yk_status yk_game_write(const yk_game *g, FILE *out);
/* Compares structure, labels and numbers; 1 when equal. */
int yk_game_equal(const yk_game *a, const yk_game *b);

/* ---- profiles and what they imply ---------------------------------------- */

/* Size of a profile: n_actions for trees (chance entries hold the chance
 * probabilities), the total strategy count for tables. */
int yk_game_profile_size(const yk_game *g);
/* The first entry that belongs to a player (Gambit prints from here). */
int yk_game_profile_first(const yk_game *g);
/* Copies chance probabilities into a tree profile; uniform elsewhere. */
void yk_game_profile_centroid(const yk_game *g, double *p);

/* Expected payoff of each player (payoffs[p-1]). YK_E_NOMEM when out of
 * memory (payoffs then hold nothing to use). */
yk_status yk_game_payoffs(const yk_game *g, const double *p, double *payoffs);
/* Probability of reaching each node (trees; reach has n_nodes entries). */
void yk_game_realization(const yk_game *g, const double *p, double *reach);
/* Each player's gain from a best response against the others (gain[p-1] >=
 * 0); the largest is returned, or HUGE_VAL when out of memory (a regret is
 * otherwise finite). Trees need perfect recall. */
double yk_game_regret(const yk_game *g, const double *p, double *gain);
/* The same gains relative to the payoff range (the largest minus the
 * smallest payoff of the table, or of the tree's outcomes; 1 when they are
 * all equal), computed on payoffs scaled by a power of two into [-1, 1],
 * so they are right at any magnitude (no overflow at 1e308, no loss at
 * 1e-300). This is the measure every solver's answer is checked with. */
double yk_game_relative_regret(const yk_game *g, const double *p, double *gain);
/* Beliefs: belief[n] is the probability of node n within its information
 * set given that the set is reached (Bayes' rule on the path). At a set the
 * profile reaches with probability 0, the beliefs are proportional to the
 * members' reach under the centroid (every player mixing uniformly, chance
 * as given: "uniform trembles"); where that too is 0, uniform. Chance and
 * terminal nodes get 1. YK_E_NOMEM when out of memory. */
yk_status yk_game_beliefs(const yk_game *g, const double *p, double *belief);
/* Subgame perfection of a tree profile: for every subgame (a node whose
 * subtree no information set crosses) the profile restricted to it is a
 * Nash equilibrium of it to tol. Returns 1 yes, 0 no, -1 out of memory;
 * *node is the root of a subgame where it fails (-1 if none). */
int yk_game_is_subgame_perfect(const yk_game *g, const double *p, double tol,
                               int *node);
/* The same check with gains relative to the payoff range (as in
 * yk_game_relative_regret), in time linear in the tree: the subgames are
 * valued bottom up, each collapsed into its parent's. Polls *stop (NULL:
 * never) and returns YK_E_INTERRUPTED when it is set, YK_E_NOMEM, YK_E_ARG
 * for a table, else YK_OK with *perfect 1 or 0 and *node as above. */
yk_status yk_game_subgame_perfection(const yk_game *g, const double *p, double rel_tol,
                                     const volatile int *stop, int *perfect, int *node);

/* ---- solutions ------------------------------------------------------------- */

/* A list of profiles. For logit branches, points with is_equilibrium 0 and
 * their lambda, then the final equilibrium. */
typedef struct yk_solution {
    const yk_game *game;
    int size;            /* doubles per profile */
    int count;
    int cap;
    double *prob;        /* count * size */
    double *payoff;      /* count * n_players */
    double *lambda;      /* count; NaN unless logit */
    int *is_equilibrium; /* count */
    int *ties;           /* count: decisions settled by a tie rule (bi) */
    int strategic;       /* profiles are over the reduced strategic form of a tree */
    int rejected;        /* a profile that is not an equilibrium although a solver
                            ended there (the first the check rejected, or logit's
                            stalled end point); -1 none */
    char note[256];      /* how the solver ended, e.g. what a tie rule chose */
} yk_solution;

void yk_solution_init(yk_solution *s, const yk_game *g, int size);
void yk_solution_free(yk_solution *s);
/* Appends a copy of prob, computing the payoffs; YK_E_NOMEM on failure. */
yk_status yk_solution_add(yk_solution *s, const double *prob, double lambda,
                          int is_equilibrium, int ties);
const double *yk_solution_profile(const yk_solution *s, int i);
/* The payoffs of profile i, one per player. A profile over another form
 * than the game's own (strategic set) gets its payoffs from the solver:
 * yk_solution_add leaves them 0 and the solver writes them here. */
double *yk_solution_payoffs(const yk_solution *s, int i);

typedef enum yk_solve_method {
    YK_SOLVE_BI = 0,
    YK_SOLVE_ENUMPURE = 1,
    YK_SOLVE_LCP = 2,
    YK_SOLVE_LOGIT = 3
} yk_solve_method;

typedef struct yk_solve_options {
    int strategic;         /* enumpure/lcp: work on (and print) the reduced strategic form */
    int end_only;          /* logit: keep only the limiting equilibrium (-e) */
    double logit_step;     /* 0: 0.03 (Gambit's -s) */
    double logit_accel;    /* 0: 1.1 (Gambit's -a) */
    double logit_max_regret; /* 0: 1e-8, relative to the payoff range (Gambit's -m) */
    long logit_max_steps;  /* logit: accepted steps per trace before failing; 0: 200000 */
    long max_profiles;     /* enumpure: refuse more pure profiles than this; 0: 1e8 */
    long max_equilibria;   /* lcp on tables: stop after this many (Gambit's -e); 0: all */
    long max_pivots;       /* lcp: the pivot budget; 0: the default (docs/MODEL.md) */
    volatile sig_atomic_t *stop; /* polled; non-zero stops with YK_E_INTERRUPTED */
} yk_solve_options;

/* The default options (what zeroed options also mean). */
yk_solve_options yk_solve_defaults(void);

/* Backward induction: the subgame-perfect equilibrium of a game of perfect
 * information (chance by expectation). Ties go to the first action in file
 * order; each is counted in ties and described in note. */
yk_status yk_solve_bi(const yk_game *g, const yk_solve_options *o,
                      yk_solution *out, yk_error *err);
/* Every pure-strategy Nash equilibrium: of the table, or of the reduced
 * strategic form of a tree, printed as behaviour profiles (0 at the
 * information sets a player's own strategy makes unreachable) unless
 * o->strategic. */
yk_status yk_solve_enumpure(const yk_game *g, const yk_solve_options *o,
                            yk_solution *out, yk_error *err);
/* Two players. Trees: one equilibrium in behaviour strategies from the
 * sequence form and Lemke's algorithm (Koller, Megiddo & von Stengel 1996).
 * Tables: every equilibrium reachable by Lemke-Howson paths from the
 * artificial equilibrium. */
yk_status yk_solve_lcp(const yk_game *g, const yk_solve_options *o,
                       yk_solution *out, yk_error *err);
/* The principal branch of the logit QRE correspondence from lambda = 0,
 * agent form for trees (McKelvey & Palfrey 1995, 1998; Turocy 2005). */
yk_status yk_solve_logit(const yk_game *g, const yk_solve_options *o,
                         yk_solution *out, yk_error *err);

/* The checked entry point (what the CLI calls): runs method m, then checks
 * every profile it calls an equilibrium with yk_solution_check at
 * yk_solve_tolerance(m, o). On YK_E_NUMERIC from the check the failing
 * profiles have is_equilibrium 0 and out->rejected names the first: no
 * caller may print them as equilibria. A method that stops short (lcp's
 * budget, a lost path) returns its status with out->rejected < 0 and the
 * equilibria it found, checked: a caller may show those, then fail. */
yk_status yk_solve(const yk_game *g, yk_solve_method m, const yk_solve_options *o,
                   yk_solution *out, yk_error *err);
/* Largest gain from deviating, relative to the payoff range, that bi,
 * enumpure and lcp answers may have (rounding only). */
#define YK_SOLVE_TOL 1e-12
/* The check's tolerance for method m: YK_SOLVE_TOL, or logit's own
 * stopping rule (o->logit_max_regret, default 1e-8). */
double yk_solve_tolerance(yk_solve_method m, const yk_solve_options *o);
/* Checks each profile of s marked as an equilibrium: its largest relative
 * gain from deviating (yk_game_relative_regret, over `reduced` when s is
 * strategic) must be at most tol. Failing profiles are unmarked, the first
 * goes to s->rejected, and YK_E_NUMERIC names it, the player and the gain
 * (`what` prefixes the message). */
yk_status yk_solution_check(const yk_game *g, yk_solution *s, const yk_game *reduced, double tol,
                            const char *what, yk_error *err);

const char *yk_solve_method_name(yk_solve_method m);
/* 0 and *m set when name is one of bi, enumpure, lcp, logit. */
int yk_solve_method_parse(const char *name, yk_solve_method *m);

/* ---- reduced strategic form (trees) ----------------------------------- */

/* The reduced strategic form of a tree as a table game, strategies labelled
 * "1", "2", ... in Gambit's generation order. NULL strategies out: when
 * given, *behaviour receives for each player's strategy s (in table order)
 * its pure behaviour profile entries: behaviour[k * n_actions + a] is 1 for
 * the chosen action at each reachable information set of the player, 0
 * elsewhere, where k indexes strategies over all players in order. Refuses
 * (YK_E_LIMIT) more than max_profiles profiles. */
yk_status yk_game_reduced_form(const yk_game *g, long max_profiles,
                               yk_game **table, double **behaviour,
                               yk_error *err);

YK_END_DECLS

#endif
