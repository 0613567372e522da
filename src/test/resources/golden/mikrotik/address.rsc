# ucdhcp: DHCP options 120 and 43 for Lync / Skype for Business IP phones
# MikroTik RouterOS, file ucdhcp-mikrotik.rsc
#
# Import with `/import ucdhcp-mikrotik.rsc` or paste into a terminal. It adds DHCP option entries for
# 120 and 43 and, on RouterOS v7.4 and later, an option set with a matcher so only MS-UC-Client phones
# get them. For RouterOS v6 use the commented network line at the end instead of the matcher.
#
# Level: server wide; give a scope to limit it to the phones' network.
# Option 120 names the Front End pool 192.0.2.10,192.0.2.11; option 43 its web services
# lyncweb.schertz.local.
#
# Inputs:
#   pool     192.0.2.10,192.0.2.11
#   web      lyncweb.schertz.local
#   director (none)
#   sba      (none)
#   port     443
#   path     /CertProv/CertProvisioningService.svc
#   scheme   https
#   scope    (none: server level)
#   ntp      (none)
#   vlan     (none)
# Option 120 (9 bytes): 01C000020AC000020B
# Option 43 for MS-UC-Client (88 bytes): https://lyncweb.schertz.local:443/CertProv/CertProvisioningService.svc
# Permalink: http://localhost:8080/?pool=192.0.2.10%2C192.0.2.11&web=lyncweb.schertz.local&vendor=mikrotik
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
add name=ucdhcp-120 code=120 value=0x01C000020AC000020B
add name=ucdhcp-43 code=43 value=0x010C4D532D55432D436C69656E740205687474707303156C796E637765622E7363686572747A2E6C6F63616C040334343305252F4365727450726F762F4365727450726F766973696F6E696E67536572766963652E737663

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
