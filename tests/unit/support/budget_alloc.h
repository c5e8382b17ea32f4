/*
 * budget_alloc.h - an allocator for yk_set_allocator that keeps count:
 * bytes held now and at most, calls made; it refuses requests past a
 * byte budget, and can raise a flag at a given call (to interrupt the
 * library in the middle of its work).
 */
#ifndef YK_TEST_BUDGET_ALLOC_H
#define YK_TEST_BUDGET_ALLOC_H

#include <stddef.h>

typedef struct budget {
    size_t live, peak;   /* bytes held now, at most */
    size_t limit;        /* 0: none; else requests past it fail */
    size_t calls;        /* allocations and resizes so far */
    size_t raise_at;     /* at this call (1-based) ... */
    volatile int *flag;  /* ... set *flag = 1, when not NULL */
} budget;

/* The yk_alloc_fn; ud is a budget. */
void *budget_alloc(void *ud, void *ptr, size_t size);

#endif
