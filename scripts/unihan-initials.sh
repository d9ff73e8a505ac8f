#!/usr/bin/env bash
# Regenerates src/PerfTargets.Core/Library/Pinyin/pinyin-initials.txt: the first letter of the
# customary Mandarin reading (Unihan's kMandarin) of every character from U+3400 to U+9FFF, one
# letter per character, '.' where Unihan gives none. Reads Unihan_Readings.txt from Debian's
# unicode-data package (apt-get download unicode-data), or from the path given as $1.
set -euo pipefail
cd "$(dirname "$0")/.."

readings=${1:-/usr/share/unicode/Unihan_Readings.txt.bz2}
out=src/PerfTargets.Core/Library/Pinyin/pinyin-initials.txt
version=$(set +o pipefail; bzcat "$readings" | head -20 | sed -n 's/^# Unicode version: */Unicode /p')

{
    echo "# 汉字拼音首字母: the first letter of Unihan's kMandarin reading for U+3400..U+9FFF (one per character, '.' for none)."
    echo "# Derived from Unihan_Readings.txt${version:+ ($version)}, Copyright © Unicode, Inc., under the licence in UNICODE-LICENSE.txt."
    echo "# Modified: only the first letter of the first reading is kept. Regenerate with scripts/unihan-initials.sh."
    bzcat "$readings" | grep -P '^U\+[0-9A-F]+\tkMandarin\t' \
        | sed 's/[āáǎà]/a/g; s/[ēéěèê]/e/g; s/[ōóǒò]/o/g; s/[ńňǹ]/n/g; s/ḿ/m/g' \
        | LC_ALL=C awk -F'\t' '
            BEGIN { first = 13312; last = 40959; for (c = first; c <= last; c++) letter[c] = "." }
            function hex(s,   n, i) { n = 0; for (i = 1; i <= length(s); i++) n = n * 16 + index("0123456789ABCDEF", substr(s, i, 1)) - 1; return n }
            { c = hex(substr($1, 3)); if (c >= first && c <= last) letter[c] = substr($3, 1, 1) }
            END { printf "%X\n", first; for (c = first; c <= last; c++) printf "%s", letter[c]; printf "\n" }'
} > "$out"
echo "wrote $out"
