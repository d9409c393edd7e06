#!/usr/bin/env bash
# Pack dist/Tillitverkstad.app into dist/Tillitverkstad-VERSION-macos.dmg (macOS only),
# with an "Applications" link so the user installs by dragging. When a Developer ID
# certificate was used for the app (TILLITVERKSTAD_CODESIGN_IDENTITY), the image is signed
# too, and notarised and stapled when the notary credentials are set
# (TILLITVERKSTAD_NOTARY_APPLE_ID, TILLITVERKSTAD_NOTARY_TEAM_ID,
# TILLITVERKSTAD_NOTARY_PASSWORD); without them each of those steps is skipped and says so.
#
#     packaging/macos/make_dmg.sh 0.1.0
set -euo pipefail
cd "$(dirname "$0")/../.."

version="${1:?usage: make_dmg.sh VERSION}"
app=dist/Tillitverkstad.app
dmg="dist/Tillitverkstad-${version}-macos.dmg"
[[ -d "$app" ]] || { echo "no $app: build the bundle first" >&2; exit 1; }

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname Tillitverkstad -srcfolder "$staging" -ov -format UDZO "$dmg"

identity="${TILLITVERKSTAD_CODESIGN_IDENTITY:-}"
if [[ -z "$identity" ]]; then
  echo "unsigned: no TILLITVERKSTAD_CODESIGN_IDENTITY (Gatekeeper will warn the user)"
  echo "$dmg"
  exit 0
fi
codesign --sign "$identity" --timestamp "$dmg"

if [[ -z "${TILLITVERKSTAD_NOTARY_APPLE_ID:-}" || -z "${TILLITVERKSTAD_NOTARY_TEAM_ID:-}" \
      || -z "${TILLITVERKSTAD_NOTARY_PASSWORD:-}" ]]; then
  echo "signed, not notarised: no notary credentials"
  echo "$dmg"
  exit 0
fi
xcrun notarytool submit "$dmg" --wait \
  --apple-id "$TILLITVERKSTAD_NOTARY_APPLE_ID" \
  --team-id "$TILLITVERKSTAD_NOTARY_TEAM_ID" \
  --password "$TILLITVERKSTAD_NOTARY_PASSWORD"
xcrun stapler staple "$dmg"
echo "$dmg"
