#include "DroppingProxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <string_view>
#include <vector>

namespace rt::test {
namespace {

sockaddr_in loopback(int port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(uint16_t(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

bool sendAll(int fd, const char* data, ssize_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

struct Line {
    int client = -1;
    int server = -1;
    bool swallowNextReply = false;
};

} // namespace

DroppingProxy::DroppingProxy(int serverPort)
    : m_serverPort(serverPort)
{
    m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address = loopback(0);
    socklen_t length = sizeof address;
    if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0
        || ::listen(m_listener, 8) != 0 || ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return;
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { run(); });
}

DroppingProxy::~DroppingProxy()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_listener >= 0)
        ::close(m_listener);
}

void DroppingProxy::run()
{
    std::vector<Line> lines;
    std::vector<char> buffer(64 * 1024);
    const auto closeLine = [](Line& line) {
        ::close(line.client);
        ::close(line.server);
        line.client = line.server = -1;
    };
    while (!m_stop) {
        std::vector<pollfd> watched{{m_listener, POLLIN, 0}};
        for (const Line& line : lines) {
            watched.push_back({line.client, POLLIN, 0});
            watched.push_back({line.server, POLLIN, 0});
        }
        if (::poll(watched.data(), watched.size(), 50) <= 0)
            continue;
        if (watched[0].revents & POLLIN) {
            const int client = ::accept(m_listener, nullptr, nullptr);
            const int server = ::socket(AF_INET, SOCK_STREAM, 0);
            const sockaddr_in target = loopback(m_serverPort);
            if (client >= 0 && server >= 0 && ::connect(server, reinterpret_cast<const sockaddr*>(&target), sizeof target) == 0) {
                lines.push_back({client, server, false});
            } else {
                ::close(client);
                ::close(server);
            }
        }
        for (size_t i = 0; i < lines.size(); ++i) {
            Line& line = lines[i];
            const short fromClient = watched[1 + 2 * i].revents;
            const short fromServer = watched[2 + 2 * i].revents;
            if (line.client < 0)
                continue;
            if (fromClient & (POLLIN | POLLHUP | POLLERR)) {
                const ssize_t n = ::recv(line.client, buffer.data(), buffer.size(), 0);
                if (n <= 0 || !sendAll(line.server, buffer.data(), n)) {
                    closeLine(line);
                    continue;
                }
                // A simple query message: 'Q', its length, "COMMIT".
                if (m_armed && std::string_view(buffer.data(), size_t(n)).find("COMMIT") != std::string_view::npos) {
                    m_armed = false;
                    line.swallowNextReply = true;
                }
            }
            if (fromServer & (POLLIN | POLLHUP | POLLERR)) {
                const ssize_t n = ::recv(line.server, buffer.data(), buffer.size(), 0);
                if (n > 0 && line.swallowNextReply) {
                    // The server has answered the commit: it is done. The
                    // station never hears so.
                    closeLine(line);
                    m_dropped = true;
                    continue;
                }
                if (n <= 0 || !sendAll(line.client, buffer.data(), n))
                    closeLine(line);
            }
        }
        lines.erase(std::remove_if(lines.begin(), lines.end(), [](const Line& line) { return line.client < 0; }), lines.end());
    }
    for (Line& line : lines)
        closeLine(line);
}

} // namespace rt::test
