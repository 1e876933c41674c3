# -*- Mode: python; py-indent-offset: 4; indent-tabs-mode: nil; coding: utf-8; -*-
#
# For ns-3 trees that still build with waf (ns-3.35 and earlier): the ns-3 module is
# src/srvcc-security, with its own wscript; copy (or link) that directory into the tree's
# contrib/ (scripts/build-in-ns3-waf.sh does it end to end). This file lets waf recurse into it
# when the whole checkout is placed in contrib/ instead. CMake (CMakeLists.txt) is the build that
# is used and tested; the lists in the wscripts below this one are kept equal to the CMake lists
# by the test 'build-lists-in-sync'.


def options(opt):
    opt.recurse('src/srvcc-security')


def configure(conf):
    conf.recurse('src/srvcc-security')


def build(bld):
    bld.recurse('src/srvcc-security')
