#!/usr/bin/env bash
# Signs a member in the standard way, as any OpenID Connect client does it (authorization code flow with PKCE), with
# curl alone: the part a browser plays (membership's sign-in and consent pages) is played here by posting their
# forms. The client is the demo partner, a third-party client, so the member is asked for consent the first time.
#
#   docs/examples/sign-in-with-code.sh [e-mail] [password]
#
# Environment: NETWERK (the gateway, default http://localhost:5080), CLIENT_ID, CLIENT_SECRET, REDIRECT_URI.
set -euo pipefail

base="${NETWERK:-http://localhost:5080}"
email="${1:-anne.devries@demo.netwerk.example}"
password="${2:-Netwerk-demo-2026}"
client_id="${CLIENT_ID:-partner-demo}"
client_secret="${CLIENT_SECRET:-partner-demo-geheim-2026}"
redirect_uri="${REDIRECT_URI:-http://localhost:5099/callback}"
scope="openid profile email offline_access"

encode() { local LC_ALL=C s="$1" i c; for ((i = 0; i < ${#s}; i++)); do c="${s:i:1}"; case "$c" in [a-zA-Z0-9.~_-]) printf '%s' "$c" ;; *) printf '%%%02X' "'$c" ;; esac; done; }
base64url() { base64 | tr '+/' '-_' | tr -d '=\n'; }

# 1. PKCE: a random verifier, and its SHA-256 as the challenge (S256 is the only method membership accepts).
verifier=$(head -c 32 /dev/urandom | base64url)
challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64url)
state=$(head -c 12 /dev/urandom | base64url)
parameters="client_id=$(encode "$client_id")&redirect_uri=$(encode "$redirect_uri")&response_type=code&scope=$(encode "$scope")"
parameters+="&state=$state&code_challenge=$challenge&code_challenge_method=S256"

jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
get() { curl -sS -b "$jar" -c "$jar" "$@"; }
redirect_of() { get -o /dev/null -w '%{redirect_url}' "$@"; }
antiforgery_of() { get "$1" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1; }

# 2. The authorization request. Without a session, membership sends the browser to its sign-in page.
location=$(redirect_of "$base/connect/authorize?$parameters")
echo "1. /connect/authorize sends the browser to: $location"

# 3. The sign-in page's form (with its antiforgery token); after signing in, back to /connect/authorize.
token=$(antiforgery_of "$location")
location=$(redirect_of --data-urlencode "email=$email" --data-urlencode "password=$password" --data-urlencode "__RequestVerificationToken=$token" "$location")
[ -n "$location" ] || { echo "Signing in failed (wrong password, or not yet approved?)" >&2; exit 1; }
location=$(redirect_of "$location")

# 4. A third-party client asks the member's consent once: the consent page's "Toestaan".
if [[ "$location" == */account/toestemming* ]]; then
  echo "2. Consent asked at: ${location%%\?*}"
  token=$(antiforgery_of "$location")
  location=$(redirect_of --data "$parameters&besluit=toestaan" --data-urlencode "__RequestVerificationToken=$token" "${location%%\?*}")
  location=$(redirect_of "$location")
fi
echo "3. Back at the client: ${location%%code=*}code=…"
[[ "$location" == "$redirect_uri"* ]] || { echo "Expected a redirect to $redirect_uri, got $location" >&2; exit 1; }
[[ "$location" == *"state=$state"* ]] || { echo "The state did not come back" >&2; exit 1; }
code=$(printf '%s' "$location" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')

# 5. The code and the verifier for tokens, the client authenticating with its secret.
tokens=$(curl -sS -u "$client_id:$client_secret" --data-urlencode grant_type=authorization_code --data-urlencode "code=$code" \
  --data-urlencode "code_verifier=$verifier" --data-urlencode "redirect_uri=$redirect_uri" "$base/connect/token")
access_token=$(printf '%s' "$tokens" | tr -d '\n' | sed -n 's/.*"access_token": *"\([^"]*\)".*/\1/p')
[ -n "$access_token" ] || { echo "No tokens: $tokens" >&2; exit 1; }
echo "4. Tokens: access, identity and refresh token ($(printf '%s' "$tokens" | grep -o '"[a-z_]*_token"' | tr '\n' ' '))"

# 6. Who signed in.
echo "5. /connect/userinfo: $(curl -sS -H "Authorization: Bearer $access_token" "$base/connect/userinfo")"
