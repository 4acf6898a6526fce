#include "TcpRelay.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace rt::test {

class RelayWorker : public QObject {
public:
    explicit RelayWorker(quint16 upstream)
        : m_upstream(upstream)
    {
    }

    quint16 listen(quint16 port)
    {
        if (!m_server) {
            m_server = new QTcpServer(this);
            connect(m_server, &QTcpServer::newConnection, this, &RelayWorker::accept);
        }
        return m_server->listen(QHostAddress::LocalHost, port) ? m_server->serverPort() : 0;
    }

    void cut()
    {
        m_server->close();
        for (const QPointer<QTcpSocket>& socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
        m_sockets.clear();
    }

private:
    void accept()
    {
        while (QTcpSocket* in = m_server->nextPendingConnection()) {
            auto* out = new QTcpSocket(this);
            in->setParent(this);
            pipe(in, out);
            pipe(out, in);
            m_sockets << in << out;
            out->connectToHost(QHostAddress::LocalHost, m_upstream);
        }
    }

    // Writes to a socket still connecting are buffered until it connects.
    void pipe(QTcpSocket* from, QTcpSocket* to)
    {
        connect(from, &QTcpSocket::readyRead, to, [from, to] { to->write(from->readAll()); });
        connect(from, &QTcpSocket::disconnected, to, [to] { to->disconnectFromHost(); });
    }

    quint16 m_upstream;
    QTcpServer* m_server = nullptr;
    QList<QPointer<QTcpSocket>> m_sockets;
};

TcpRelay::TcpRelay(quint16 upstreamPort)
    : m_worker(new RelayWorker(upstreamPort))
{
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [this] { m_port = m_worker->listen(0); }, Qt::BlockingQueuedConnection);
}

TcpRelay::~TcpRelay()
{
    QMetaObject::invokeMethod(m_worker, [this] { m_worker->cut(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void TcpRelay::cut()
{
    QMetaObject::invokeMethod(m_worker, [this] { m_worker->cut(); }, Qt::BlockingQueuedConnection);
}

bool TcpRelay::resume()
{
    quint16 port = 0;
    QMetaObject::invokeMethod(m_worker, [this, &port] { port = m_worker->listen(m_port); }, Qt::BlockingQueuedConnection);
    return port == m_port;
}

} // namespace rt::test
