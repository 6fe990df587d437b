// Compiles nothing of its own: carries the precompiled headers the tests share.
