# Release hardening for everything we build (issue 13): fortified libc calls, stack protector, PIE, full RELRO with
# immediate binding, and libstdc++'s cheap precondition checks. On by default, so the tested build is the packaged
# build; off under the sanitizers, which bring their own checks and interceptors.
include(CheckPIESupported)
include(CheckCXXCompilerFlag)

set(_meldeklient_hardening_default ON)
if(MELDEKLIENT_SANITIZERS OR MELDEKLIENT_FUZZ)
    set(_meldeklient_hardening_default OFF)
endif()
option(MELDEKLIENT_HARDENING "Build with _FORTIFY_SOURCE, stack protector, PIE, full RELRO and _GLIBCXX_ASSERTIONS"
    ${_meldeklient_hardening_default})

if(MELDEKLIENT_HARDENING)
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
    check_pie_supported(LANGUAGES CXX)
    # Level 3 needs __builtin_dynamic_object_size: GCC 12 and later (Debian 12 has 12.2); 2 elsewhere.
    set(_fortify 2)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_GREATER_EQUAL 12)
        set(_fortify 3)
    endif()
    check_cxx_compiler_flag(-fstack-clash-protection MELDEKLIENT_HAS_STACK_CLASH)
    # _FORTIFY_SOURCE needs optimisation; glibc warns (an error under -Werror) in a -O0 Debug build.
    target_compile_options(meldeklient_config INTERFACE
        -fstack-protector-strong
        $<$<BOOL:${MELDEKLIENT_HAS_STACK_CLASH}>:-fstack-clash-protection>
        $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE>
        $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=${_fortify}>)
    target_compile_definitions(meldeklient_config INTERFACE _GLIBCXX_ASSERTIONS)
    target_link_options(meldeklient_config INTERFACE -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)
    message(STATUS "Hardening: _FORTIFY_SOURCE=${_fortify} (optimised builds), stack protector, PIE, RELRO, BIND_NOW")
endif()
