#pragma once

class QThread;

// A thread that used the database (libpq runs OpenSSL on it) lets go of
// OpenSSL's per-thread state itself, as it finishes. Otherwise that state is
// freed after QThread::wait() has returned, and a process that exits right
// then frees it twice: OpenSSL's clean-up at exit and the thread's own (ASan
// saw the double free at the end of tst_bookingconcurrency).
void releaseCryptoStateWhenFinished(QThread &thread);
