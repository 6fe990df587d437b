// Linked into every test executable. Qt 6.4's QtTest watchdog thread may still
// be running its thread-local clean-up when main() returns; LeakSanitizer then
// reports that thread's QThreadData (152 bytes, allocated in QtCore) as a leak
// and fails a test that passed. Before the sanitizer's exit check, wait until
// the other threads of the process have gone, or a second has passed.
// Plain POSIX on purpose: Qt's own globals are already destroyed here.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <dirent.h>
#include <thread>

namespace {

int threadCount()
{
    DIR *tasks = opendir("/proc/self/task");
    if (!tasks)
        return 1;
    int count = 0;
    while (const dirent *entry = readdir(tasks))
        count += entry->d_name[0] != '.';
    closedir(tasks);
    return count;
}

struct SettleThreadsAtExit
{
    // Constructed before main(), so destroyed after every lazily created
    // Qt global (thread pools included) and before the sanitizer's check.
    ~SettleThreadsAtExit()
    {
        using namespace std::chrono;
        const auto start = steady_clock::now();
        while (threadCount() > 1 && steady_clock::now() - start < seconds(1))
            std::this_thread::sleep_for(milliseconds(5));
        if (std::getenv("TRESEN_DEBUG_EXIT_THREADS"))
            std::fprintf(stderr, "threads at exit: %d after %lld ms\n", threadCount(),
                         static_cast<long long>(
                             duration_cast<milliseconds>(steady_clock::now() - start).count()));
    }
} settleThreadsAtExit;

} // namespace
