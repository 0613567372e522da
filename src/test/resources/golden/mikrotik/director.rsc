# ucdhcp: DHCP options 120 and 43 for Lync / Skype for Business IP phones
# MikroTik RouterOS, file ucdhcp-mikrotik.rsc
#
# Import with `/import ucdhcp-mikrotik.rsc` or paste into a terminal. It adds DHCP option entries for
# 120 and 43 and, on RouterOS v7.4 and later, an option set with a matcher so only MS-UC-Client phones
# get them. For RouterOS v6 use the commented network line at the end instead of the matcher.
#
# Level: server wide; give a scope to limit it to the phones' network.
# Option 120 names the Director pool lyncdir.schertz.local, where Microsoft wants phones to register
# first. Option 43 stays on the web services FQDN lync.schertz.local: the phones fetch their
# certificate from the pool's web services, not the Director's.
#
# Inputs:
#   pool     lync.schertz.local
#   web      lync.schertz.local (default: pool)
#   director lyncdir.schertz.local
#   sba      (none)
#   port     443
#   path     /CertProv/CertProvisioningService.svc
#   scheme   https
#   scope    (none: server level)
#   ntp      (none)
#   vlan     (none)
# Option 120 (24 bytes): 00076C796E63646972077363686572747A056C6F63616C00
# Option 43 for MS-UC-Client (85 bytes): https://lync.schertz.local:443/CertProv/CertProvisioningService.svc
# Permalink: http://localhost:8080/?pool=lync.schertz.local&director=lyncdir.schertz.local&vendor=mikrotik
#
# Warnings: none
#
# Rollback:
# /ip dhcp-server matcher remove [find name~"^ucdhcp-"]
# /ip dhcp-server option sets remove [find name~"^ucdhcp-"]
# /ip dhcp-server option remove [find name~"^ucdhcp-"]
# (v6: set dhcp-option= on the network back to what it was.)

# ---- ucdhcp begin ----
/ip dhcp-server option
add name=ucdhcp-120 code=120 value=0x00076C796E63646972077363686572747A056C6F63616C00
add name=ucdhcp-43 code=43 value=0x010C4D532D55432D436C69656E740205687474707303126C796E632E7363686572747A2E6C6F63616C040334343305252F4365727450726F762F4365727450726F766973696F6E696E67536572766963652E737663

# RouterOS v7.4 and later: only clients whose option 60 is MS-UC-Client get these options.
# Set server= to the DHCP server that serves the phones (/ip dhcp-server print).
# RouterOS sends an option only if the phone asks for it (option 55); add force=yes to the
# option entries above (7.1rc5 and later) if a phone does not ask.
/ip dhcp-server option sets
add name=ucdhcp-msuc options=ucdhcp-43,ucdhcp-120
/ip dhcp-server matcher
add name=ucdhcp-msuc server=dhcp1 code=60 value="MS-UC-Client" option-set=ucdhcp-msuc

# RouterOS v6 has no matcher: instead of the v7 lines above, attach the options to the phones'
# network, where every client that asks for them gets them. Remove the leading # to use:
# /ip dhcp-server network set [find address=<voice-network/prefix>] dhcp-option=ucdhcp-43,ucdhcp-120
# ---- ucdhcp end ----
