// SPDX-License-Identifier: Apache-2.0
// TCP and TLS connection set-up, and the mapping of network errors to exit codes.
#include "fetch_connect.hpp"

#include "fetch_error.hpp"

#include <Poco/Delegate.h>
#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/DNS.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/VerificationErrorArgs.h>
#include <Poco/Net/X509Certificate.h>

#include <algorithm>
#include <filesystem>
#include <vector>

namespace baocao::cli {

namespace {

/// Keeps OpenSSL's reason for rejecting a certificate: its own exception only
/// says "certificate verify failed".
class verification_recorder {
public:
    verification_recorder() {
        Poco::Net::SSLManager::instance().ClientVerificationError += Poco::delegate(this, &verification_recorder::on_error);
    }
    ~verification_recorder() {
        Poco::Net::SSLManager::instance().ClientVerificationError -= Poco::delegate(this, &verification_recorder::on_error);
    }
    verification_recorder(const verification_recorder&) = delete;
    verification_recorder& operator=(const verification_recorder&) = delete;

    void on_error(const void*, Poco::Net::VerificationErrorArgs& args) {
        if (reason_.empty())
            reason_ = args.errorMessage() + " (certificate of '" + args.certificate().subjectName() + "', issued by '" +
                      args.certificate().issuerName() + "')";
        args.setIgnoreError(false);
    }
    const std::string& reason() const { return reason_; }

private:
    std::string reason_;
};

Poco::Net::Context::Ptr make_context(const tls_options& tls) {
    Poco::Net::Context::Params params;
    // STRICT also makes Poco check the host name for loopback servers, which
    // RELAXED skips.
    params.verificationMode = tls.insecure ? Poco::Net::Context::VERIFY_NONE : Poco::Net::Context::VERIFY_STRICT;
    params.verificationDepth = 9;
    params.loadDefaultCAs = !tls.insecure;
    params.caLocation = tls.insecure ? std::string{} : tls.ca_file;
    params.cipherList = "HIGH:!aNULL:!MD5:!RC4";
    Poco::Net::Context::Ptr context;
    try {
        context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
    } catch (const Poco::Exception& e) {
        throw fetch_error(fetch_failure::tls, "cannot set up TLS" +
                                                  (tls.ca_file.empty() ? std::string{} : " with --ca-file " + tls.ca_file) +
                                                  ": " + e.displayText());
    }
    context->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
    if (tls.insecure) context->enableExtendedCertificateVerification(false);
    return context;
}

std::vector<Poco::Net::IPAddress> addresses_of(const std::string& host) {
    Poco::Net::IPAddress literal;
    if (Poco::Net::IPAddress::tryParse(host, literal)) return {literal};
    std::vector<Poco::Net::IPAddress> all = Poco::Net::DNS::hostByName(host).addresses();
    std::stable_partition(all.begin(), all.end(),
                          [](const Poco::Net::IPAddress& a) { return a.family() == Poco::Net::IPAddress::IPv4; });
    return all;
}

}  // namespace

ssl_library::ssl_library() { Poco::Net::initializeSSL(); }
ssl_library::~ssl_library() { Poco::Net::uninitializeSSL(); }

void rethrow_as_fetch_error(const std::string& doing) {
    try {
        throw;
    } catch (const fetch_error&) {
        throw;
    } catch (const Poco::Net::SSLException& e) {
        throw fetch_error(fetch_failure::tls, "TLS failure while " + doing + ": " + e.displayText());
    } catch (const Poco::TimeoutException&) {
        throw fetch_error(fetch_failure::network, "the server did not answer in time while " + doing);
    } catch (const Poco::Net::ConnectionRefusedException&) {
        throw fetch_error(fetch_failure::network, "connection refused while " + doing);
    } catch (const Poco::Net::NetException& e) {
        throw fetch_error(fetch_failure::network, "network failure while " + doing + ": " + e.displayText());
    } catch (const Poco::IOException& e) {
        throw fetch_error(fetch_failure::network, "network failure while " + doing + ": " + e.displayText());
    }
}

Poco::Net::StreamSocket open_connection(const mailbox_url& url, const tls_options& tls, Poco::Timespan timeout) {
    if (!tls.ca_file.empty()) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(tls.ca_file, ec))
            throw fetch_error(fetch_failure::tls, "--ca-file " + tls.ca_file + " is not a readable file");
    }
    std::vector<Poco::Net::IPAddress> addresses;
    try {
        addresses = addresses_of(url.host);
    } catch (const Poco::Exception& e) {
        throw fetch_error(fetch_failure::network, "cannot resolve the host name '" + url.host + "': " + e.displayText());
    }
    if (addresses.empty()) throw fetch_error(fetch_failure::network, "the host name '" + url.host + "' has no address");

    Poco::Net::StreamSocket plain;
    std::string last_error;
    bool connected = false;
    for (const auto& address : addresses) {
        const Poco::Net::SocketAddress target(address, url.port);
        try {
            Poco::Net::StreamSocket s;
            s.connect(target, timeout);
            plain = s;
            connected = true;
            break;
        } catch (const Poco::Net::ConnectionRefusedException&) {
            last_error = "connection refused by " + target.toString();
        } catch (const Poco::TimeoutException&) {
            last_error = "no answer from " + target.toString() + " within " + std::to_string(timeout.totalSeconds()) + " s";
        } catch (const Poco::Exception& e) {
            last_error = "cannot connect to " + target.toString() + ": " + e.displayText();
        }
    }
    if (!connected)
        throw fetch_error(fetch_failure::network, "cannot reach " + url.display() + ": " + last_error +
                                                      " (is the server running, and is the port right?)");
    plain.setReceiveTimeout(timeout);
    plain.setSendTimeout(timeout);
    plain.setNoDelay(true);
    if (!url.tls) return plain;

    const auto context = make_context(tls);
    verification_recorder recorder;
    try {
        Poco::Net::SecureStreamSocket secure = Poco::Net::SecureStreamSocket::attach(plain, url.host, context);
        return secure;
    } catch (const Poco::Net::CertificateValidationException& e) {
        throw fetch_error(fetch_failure::tls, "the certificate of " + url.display() + " does not match the host name '" +
                                                  url.host + "': " + e.displayText());
    } catch (const Poco::Net::SSLException& e) {
        std::string message = "TLS handshake with " + url.display() + " failed: ";
        if (!recorder.reason().empty())
            message += "the server's certificate is not trusted: " + recorder.reason() +
                       ". Give the CA that issued it with --ca-file FILE (or, knowing the risk, --insecure)";
        else
            message += e.displayText();
        throw fetch_error(fetch_failure::tls, message);
    } catch (const Poco::TimeoutException&) {
        throw fetch_error(fetch_failure::network, "no TLS handshake from " + url.display() + " within " +
                                                      std::to_string(timeout.totalSeconds()) + " s");
    } catch (const Poco::Exception& e) {
        throw fetch_error(fetch_failure::tls, "TLS handshake with " + url.display() + " failed: " + e.displayText());
    }
}

}  // namespace baocao::cli
