#pragma once
// A loopback TCP proxy in front of the test server that can lose a reply: once
// armed, it passes the next COMMIT on to the server, lets the server answer,
// and then closes the line without handing the answer back. The commit went
// through; the station only sees its connection drop. Plain TCP only, so the
// station connects with TLS off (sslmode=disable).

#include <atomic>
#include <thread>

namespace rt::test {

class DroppingProxy {
public:
    explicit DroppingProxy(int serverPort);
    ~DroppingProxy();
    DroppingProxy(const DroppingProxy&) = delete;
    DroppingProxy& operator=(const DroppingProxy&) = delete;

    // The loopback port stations connect to (0 if it could not listen).
    int port() const { return m_port; }
    void dropReplyToNextCommit() { m_armed = true; }
    // True once a commit's answer was swallowed and its line closed.
    bool dropped() const { return m_dropped; }

private:
    void run();

    int m_serverPort = 0;
    int m_listener = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_armed{false};
    std::atomic<bool> m_dropped{false};
    std::thread m_thread;
};

} // namespace rt::test
