#!/bin/sh
# Compiles consumer/main.c with nothing but pkg-config's flags for the installed
# package, then runs it against the installed library.
# Usage: pkgconfig_consumer.sh PREFIX LIBDIR CC SOURCE WORKDIR
set -eu
prefix=$1 libdir=$2 cc=$3 source=$4 work=$5
mkdir -p "$work"
PKG_CONFIG_PATH="$prefix/$libdir/pkgconfig"
export PKG_CONFIG_PATH
flags=$(pkg-config --cflags --libs impactgraph)
echo "pkg-config: $flags"
# shellcheck disable=SC2086  # the flags are meant to split
"$cc" -std=c99 -Wall -Wextra -pedantic -Werror "$source" -o "$work/consumer" $flags
LD_LIBRARY_PATH="$prefix/$libdir" "$work/consumer"
