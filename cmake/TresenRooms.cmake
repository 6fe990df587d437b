# Rooms: a folder of core/, server/ or ui/ with its own library.
#
# A room's headers are included as "<layer>/<room>/<name>.h". The include root
# that makes them reachable is a directory in the build tree holding one
# symbolic link, to this room alone, and it is public to the targets that link
# the room. So a file can include the headers of its own room and of the rooms
# it links, and a header from any other room fails to build with "No such file".
#
#   tresen_add_room(<target> SOURCES <files>... [PUBLIC <libs>...] [PRIVATE <libs>...])

set(TRESEN_ROOMS_DIR ${CMAKE_BINARY_DIR}/rooms)

function(tresen_add_room target)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC;PRIVATE" ${ARGN})
    file(RELATIVE_PATH room ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
    set(root ${TRESEN_ROOMS_DIR}/${target})
    get_filename_component(parent ${root}/${room} DIRECTORY)
    file(MAKE_DIRECTORY ${parent})
    file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${root}/${room} SYMBOLIC)

    add_library(${target} STATIC ${ARG_SOURCES})
    target_include_directories(${target} PUBLIC ${root})
    target_link_libraries(${target} PUBLIC ${ARG_PUBLIC} PRIVATE tresen_warnings ${ARG_PRIVATE})
    if(room MATCHES "^ui")
        tresen_precompile_headers(${target} WIDGETS)
    else()
        tresen_precompile_headers(${target} CORE)
    endif()
endfunction()
