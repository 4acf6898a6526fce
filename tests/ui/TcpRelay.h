#pragma once
// A TCP relay between the app and the test server, on a thread of its own
// (the app's database calls block the main thread). Cutting it drops every
// connection through it and refuses new ones, as a pulled network cable or a
// server gone away would; resuming lets connections through again.

#include <QThread>
#include <memory>

namespace rt::test {

class RelayWorker;

class TcpRelay {
public:
    explicit TcpRelay(quint16 upstreamPort);
    ~TcpRelay();
    TcpRelay(const TcpRelay&) = delete;
    TcpRelay& operator=(const TcpRelay&) = delete;

    quint16 port() const { return m_port; }
    void cut();
    bool resume();

private:
    QThread m_thread;
    RelayWorker* m_worker;
    quint16 m_port = 0;
};

} // namespace rt::test
