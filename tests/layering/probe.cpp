// Includes one header (TRESEN_PROBE_HEADER) into a target that links one room:
// tst_layering builds it to show which rooms that room can and cannot see.
#include TRESEN_PROBE_HEADER
