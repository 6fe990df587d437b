#include "server/http/requestdata.h"

RequestData RequestData::of(const QHttpServerRequest &request)
{
    RequestData data;
    data.m_method = request.method();
    data.m_url = request.url();
    data.m_body = request.body();
    data.m_remoteAddress = request.remoteAddress();
    for (const auto &header : request.headers()) {
        const QByteArray name = header.first.toLower();
        if (!data.m_headers.contains(name))
            data.m_headers.insert(name, request.value(name));
    }
    return data;
}
