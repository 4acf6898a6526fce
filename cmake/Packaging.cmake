# What `cmake --install` puts on a machine, and the Debian package made from it
# (`cpack` in the build tree). The two programs, the desktop entry, AppStream
# metainfo, icon, MIME type and docs; not the tests, benchmarks or the
# screenshot program, which are for working on Roundtable, not using it.
include(GNUInstallDirs)

# One reverse-DNS id names the desktop entry, metainfo, icon and MIME package
# (and QGuiApplication::setDesktopFileName in app/gui/main.cpp).
set(ROUNDTABLE_APP_ID org.roundtable.Roundtable)
set(ROUNDTABLE_RELEASE_DATE 2026-11-24)
set(ROUNDTABLE_DESKTOP_DIR ${PROJECT_SOURCE_DIR}/resources/desktop)
configure_file(${ROUNDTABLE_DESKTOP_DIR}/${ROUNDTABLE_APP_ID}.metainfo.xml.in
               ${PROJECT_BINARY_DIR}/${ROUNDTABLE_APP_ID}.metainfo.xml @ONLY)

install(TARGETS roundtable roundtable-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${ROUNDTABLE_DESKTOP_DIR}/${ROUNDTABLE_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_BINARY_DIR}/${ROUNDTABLE_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${ROUNDTABLE_DESKTOP_DIR}/${ROUNDTABLE_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${ROUNDTABLE_DESKTOP_DIR}/${ROUNDTABLE_APP_ID}.mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME ${ROUNDTABLE_APP_ID}.xml)
# The user guide and its screenshots, where Help > User Guide looks for them
# (ui/HelpWindow.cpp): not under doc/, which minimal systems leave out.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/guide ${PROJECT_SOURCE_DIR}/docs/screenshots
        DESTINATION ${CMAKE_INSTALL_DATADIR}/roundtable)
set(ROUNDTABLE_DOCS README.md LICENSE)
if(EXISTS ${PROJECT_SOURCE_DIR}/CHANGELOG.md)
  list(APPEND ROUNDTABLE_DOCS CHANGELOG.md)
endif()
list(TRANSFORM ROUNDTABLE_DOCS PREPEND ${PROJECT_SOURCE_DIR}/)
# Under the package's name, as Debian expects: /usr/share/doc/roundtable.
install(FILES ${ROUNDTABLE_DOCS} DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/roundtable)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME roundtable)
set(CPACK_PACKAGE_VENDOR "Roundtable")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # roundtable_1.0.0_amd64.deb
set(ROUNDTABLE_MAINTAINER "Roundtable maintainers <maintainers@roundtable.invalid>"
    CACHE STRING "The .deb's Maintainer field")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ROUNDTABLE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION office)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The synopsis is the summary above; cpack indents this and marks empty lines.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Roundtable runs small professional workshops for local-government leaders:
the program catalog, workshops, roster and manager/chief teams, the agenda
with a live clock, check-in, sign-in sheets, attendance records and
certificates, and each team's assessment and action plan with follow-up.
Everything is kept in one local SQLite file and saved as it is made, with
undo; an organisation can keep the same data on a PostgreSQL server.

Includes roundtable (the desktop program) and roundtable-cli (the same
capabilities from a terminal or script).")
# shlibdeps finds the Qt libraries we link; these are loaded as plugins at
# run time, which it cannot see: the SQL drivers for files and servers, the
# window-system plugins, and the SVG icon engine for the window icon.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_STRIP_FILES ON) # the package carries programs, not debugging symbols
include(CPack)
