# -*- Mode: python; py-indent-offset: 4; indent-tabs-mode: nil; coding: utf-8; -*-
#
# For ns-3 trees that still build with waf: this project is one ns-3 module
# (src/srvcc-security) plus example programs (examples). Place the checkout in the tree's
# contrib/ directory (contrib/srvcc-security); waf then finds this file and recurses into both.
# CMake (CMakeLists.txt) is the build that is used and tested; the lists in the two wscripts
# below this one are kept equal to the CMake lists by the test 'build-lists-in-sync'.


def options(opt):
    opt.recurse('src/srvcc-security')


def configure(conf):
    conf.recurse('src/srvcc-security')


def build(bld):
    bld.recurse('src/srvcc-security')
    if bld.env['ENABLE_EXAMPLES']:
        bld.recurse('examples')
