/*
 * table.c - the subtree values the PBE solver needs, each computed once
 * per model instead of once per candidate reply of A.
 *
 * T's use and P's restraint are decided at the leaves and do not depend
 * on A's replies; A's reply after defend or threat enters a type's value
 * only in the last mix of yk_crisis_value_of_response (fight on or back
 * down). So every subtree below that mix is priced once here, and both
 * outcomes of the mix are kept. Each entry is built by the same calls,
 * in the same order of operations, as values.c's recursive functions, so
 * a table lookup gives the bits a recomputation would.
 */
#include "models/crisis/crisis_int.h"

void yk_cr_table_init(cr_table *tb, const yk_crisis_model *m,
                   yk_crisis_profile *s)
{
    yk_crisis_value use[2][2], conq[2][2], war[2][2], ex[2], back[2];
    int mode, t, f, n = yk_cr_responses(m);

    /* Terminals depend on P's response only through whether P fought
     * (cr_terminal), so threat's subtrees are defend's, bit for bit, up
     * to the escalation risk: they are priced for abandon and defend,
     * and threat's decisions and values copied from defend's. */
    for (t = 0; t < 2; t++)
        for (mode = 0; mode < 2; mode++) {
            use[t][mode] = cr_terminal(m, CR_USE, (yk_crisis_mode)mode, t);
            conq[t][mode] = cr_terminal(m, CR_CONQUERED, (yk_crisis_mode)mode, t);
        }
    /* T's payoff is the same for both types: decide on type 0. */
    for (mode = 0; mode < 2; mode++)
        s->use[mode] = use[0][mode].t > conq[0][mode].t + CR_TIE ? 1 : 0;
    s->use[YK_MODE_THREAT] = s->use[YK_MODE_DEFEND];
    for (t = 0; t < 2; t++) {
        for (mode = 0; mode < 2; mode++) {
            /* yk_cr_value_unrestrained, yk_cr_value_restrain, yk_cr_value_losing
             * and yk_cr_value_war, spelled out on shared parts */
            double p = mode == YK_MODE_ABANDON ? m->p_abandon : m->p_defend;
            yk_crisis_value unres = cr_mix(&use[t][mode], &conq[t][mode], s->use[mode]);
            yk_crisis_value restr = cr_mix(&unres, &conq[t][mode], m->autonomy);
            yk_crisis_value losing, hold;
            s->restrain[t][mode] =
                cr_value_p(&unres) > cr_value_p(&restr) + CR_TIE ? 0 : 1;
            losing = m->t_nuclear ? cr_mix(&restr, &unres, s->restrain[t][mode])
                                  : conq[t][mode];
            hold = cr_terminal(m, CR_HOLDS, (yk_crisis_mode)mode, t);
            war[t][mode] = cr_mix(&losing, &hold, p);
        }
        s->restrain[t][YK_MODE_THREAT] = s->restrain[t][YK_MODE_DEFEND];
        tb->resp[t][YK_MODE_ABANDON][0] = tb->resp[t][YK_MODE_ABANDON][1] =
            war[t][YK_MODE_ABANDON];
        ex[t] = cr_terminal(m, CR_ESCALATION, YK_MODE_DEFEND, t);
        back[t] = cr_terminal(m, CR_BACK_DOWN, YK_MODE_DEFEND, t);
    }
    for (t = 0; t < 2; t++)
        for (mode = YK_MODE_DEFEND; mode < YK_MODE_COUNT; mode++) {
            /* yk_cr_value_fight, and yk_crisis_value_of_response's last mix */
            double rho = m->rho[mode == YK_MODE_THREAT ? YK_STANCE_THREAT
                                                       : YK_STANCE_DEFEND];
            tb->fight[t][mode] = cr_mix(&ex[t], &war[t][YK_MODE_DEFEND], rho);
            if (mode >= n)
                continue; /* no threat: only its fight value is asked for */
            for (f = 0; f < 2; f++)
                tb->resp[t][mode][f] = cr_mix(&tb->fight[t][mode], &back[t], f);
        }
    for (t = 0; t < 2; t++)
        for (mode = 0; mode < n; mode++)
            for (f = 0; f < 2; f++)
                tb->resp_p[t][mode][f] = cr_value_p(&tb->resp[t][mode][f]);
}
