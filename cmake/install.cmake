# Install rules, the exported CMake package (find_package(impactgraph CONFIG)) and
# the pkg-config file.
include(CMakePackageConfigHelpers)

set(IMPACTGRAPH_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/impactgraph)

install(TARGETS impactgraph impactgraph_core EXPORT impactgraphTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  PUBLIC_HEADER DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/impactgraph DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
# The parts of the C ABI header and of its C++ wrapper (capi/impactgraph/capi/), beside
# impactgraph.h and impactgraph.hpp as in the source tree, so that their relative
# #include "impactgraph/capi/..." resolves in an installed prefix too.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/capi/impactgraph/capi DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/impactgraph
  FILES_MATCHING PATTERN "*.h" PATTERN "*.hpp")
install(EXPORT impactgraphTargets NAMESPACE impactgraph:: DESTINATION ${IMPACTGRAPH_CMAKE_DIR})

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/impactgraphConfig.cmake.in
  ${PROJECT_BINARY_DIR}/impactgraphConfig.cmake INSTALL_DESTINATION ${IMPACTGRAPH_CMAKE_DIR})
# Before 1.0 every minor release may change the C++ API; the C ABI follows the SONAME.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/impactgraphConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/impactgraphConfig.cmake ${PROJECT_BINARY_DIR}/impactgraphConfigVersion.cmake
  DESTINATION ${IMPACTGRAPH_CMAKE_DIR})
# Use from a build tree without installing.
export(EXPORT impactgraphTargets NAMESPACE impactgraph:: FILE ${PROJECT_BINARY_DIR}/impactgraphTargets.cmake)

# The .pc file finds its prefix relative to itself (pkg-config's ${pcfiledir}): the
# prefix is only known at install time (`cmake --install --prefix`), not at configure time.
file(RELATIVE_PATH IMPACTGRAPH_PC_TO_PREFIX "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
string(REGEX REPLACE "/$" "" IMPACTGRAPH_PC_TO_PREFIX "${IMPACTGRAPH_PC_TO_PREFIX}")
configure_file(${PROJECT_SOURCE_DIR}/cmake/impactgraph.pc.in ${PROJECT_BINARY_DIR}/impactgraph.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/impactgraph.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
