//! Where webhook deliveries may go: public addresses only, unless the installation allows
//! private networks. The client's resolver keeps a name's public addresses (the connection uses
//! the ones checked, so a name cannot point at the server's own network between a check and
//! the connection), and an address written as an IP in the URL is checked before sending.

use std::net::SocketAddr;

/// Whether `url` names a host that is never public: an IP address on a private network, or
/// `localhost`. (A name that resolves to a private address is only found when sending.)
pub fn names_private_host(url: &str) -> bool {
    let Some(host) = url::Url::parse(url)
        .ok()
        .and_then(|u| u.host().map(|h| h.to_owned()))
    else {
        return false;
    };
    match host {
        url::Host::Ipv4(v4) => !is_public(std::net::IpAddr::V4(v4)),
        url::Host::Ipv6(v6) => !is_public(std::net::IpAddr::V6(v6)),
        url::Host::Domain(name) => name == "localhost" || name.ends_with(".localhost"),
    }
}

/// Whether `ip` is an address on the public internet: not loopback, private, link-local,
/// shared (carrier-grade NAT), unspecified, multicast or broadcast (an IPv4 address inside IPv6
/// is judged as itself). Deliveries go only to such addresses unless the installation allows
/// private networks.
pub(crate) fn is_public(ip: std::net::IpAddr) -> bool {
    use std::net::IpAddr;
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_multicast()
                || v4.is_broadcast()
                || v4.is_documentation()
                || (a == 100 && (64..128).contains(&b))
                || a == 0)
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(IpAddr::V4(v4));
            }
            let first = v6.segments()[0];
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80)
        }
    }
}

/// Resolves names to their public addresses only.
pub(crate) struct PublicOnly;

impl reqwest::dns::Resolve for PublicOnly {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        Box::pin(async move {
            let found = tokio::net::lookup_host((name.as_str(), 0)).await?;
            let public: Vec<SocketAddr> = found.filter(|a| is_public(a.ip())).collect();
            if public.is_empty() {
                return Err(PrivateAddress.into());
            }
            let addresses: reqwest::dns::Addrs = Box::new(public.into_iter());
            Ok(addresses)
        })
    }
}

/// A name that resolves to private addresses only, or an IP that is one.
#[derive(Debug, thiserror::Error)]
#[error("the address is on a private network (FAIRPLAN_WEBHOOK_PRIVATE_NETWORKS)")]
pub(crate) struct PrivateAddress;

/// Whether `error` comes from [`PublicOnly`] refusing every address of a name.
pub(crate) fn refused_as_private(error: &reqwest::Error) -> bool {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(current) = cause {
        if current.is::<PrivateAddress>() {
            return true;
        }
        cause = current.source();
    }
    false
}

/// Whether `url` names its host by an address that is not public (such a URL never reaches the
/// resolver, so it is checked here).
pub(crate) fn names_a_private_address(url: &str) -> bool {
    match reqwest::Url::parse(url)
        .ok()
        .and_then(|u| u.host().map(|h| h.to_owned()))
    {
        Some(url::Host::Ipv4(ip)) => !is_public(ip.into()),
        Some(url::Host::Ipv6(ip)) => !is_public(ip.into()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_addresses_are_public() {
        for private in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.9",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fc00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
        ] {
            assert!(!is_public(private.parse().unwrap()), "{private}");
        }
        for public in [
            "93.184.216.34",
            "2606:2800:220:1::1",
            "::ffff:93.184.216.34",
        ] {
            assert!(is_public(public.parse().unwrap()), "{public}");
        }
    }

    #[test]
    fn an_ip_in_the_url_is_judged_as_itself() {
        assert!(names_a_private_address("http://127.0.0.1:9000/in"));
        assert!(names_a_private_address("https://[::1]/in"));
        assert!(!names_a_private_address("https://93.184.216.34/in"));
        // A name is left to the resolver.
        assert!(!names_a_private_address("https://localhost/in"));
    }
}
