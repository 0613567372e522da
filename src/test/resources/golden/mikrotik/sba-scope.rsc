# ucdhcp: DHCP options 120 and 43 for Lync / Skype for Business IP phones
# MikroTik RouterOS, file ucdhcp-mikrotik-branch.rsc
#
# Import with `/import ucdhcp-mikrotik-branch.rsc` or paste into a terminal. It adds DHCP option
# entries for 120 and 43 and, on RouterOS v7.4 and later, an option set with a matcher so only
# MS-UC-Client phones get them. For RouterOS v6 use the commented network line at the end instead of
# the matcher.
#
# Level: scope 10.10.20.0/24 only (network 10.10.20.0 mask 255.255.255.0).
# Option 120 names the branch's Survivable Branch Appliance sba01.branch.schertz.local so phones
# register locally. Option 43 stays on the central web services FQDN lync.schertz.local: an SBA has no
# web services, so signing in a new phone with a PIN needs the central site.
#
# Inputs:
#   pool     lync.schertz.local
#   web      lync.schertz.local (default: pool)
#   director (none)
#   sba      sba01.branch.schertz.local
#   port     443
#   path     /CertProv/CertProvisioningService.svc
#   scheme   https
#   scope    10.10.20.0/24
#   ntp      (none)
#   vlan     (none)
#   site     branch (derived)
# Option 120 (29 bytes): 00057362613031066272616E6368077363686572747A056C6F63616C00
# Option 43 for MS-UC-Client (85 bytes): https://lync.schertz.local:443/CertProv/CertProvisioningService.svc
# Permalink: http://localhost:8080/?pool=lync.schertz.local&sba=sba01.branch.schertz.local&scope=10.10.20.0%2F24&vendor=mikrotik
#
# Warnings: none
#
# Rollback:
# /ip dhcp-server matcher remove [find name~"^ucdhcp-branch-"]
# /ip dhcp-server option sets remove [find name~"^ucdhcp-branch-"]
# /ip dhcp-server option remove [find name~"^ucdhcp-branch-"]
# (v6: set dhcp-option= on the network back to what it was.)

# ---- ucdhcp begin ----
/ip dhcp-server option
add name=ucdhcp-branch-120 code=120 value=0x00057362613031066272616E6368077363686572747A056C6F63616C00
add name=ucdhcp-branch-43 code=43 value=0x010C4D532D55432D436C69656E740205687474707303126C796E632E7363686572747A2E6C6F63616C040334343305252F4365727450726F762F4365727450726F766973696F6E696E67536572766963652E737663

# RouterOS v7.4 and later: only clients whose option 60 is MS-UC-Client get these options.
# CHANGE server=dhcp-branch below to the DHCP server that serves site branch's phones on 10.10.20.0/24
# (/ip dhcp-server print): the name is a placeholder.
# RouterOS sends an option only if the phone asks for it (option 55); add force=yes to the
# option entries above (7.1rc5 and later) if a phone does not ask.
/ip dhcp-server option sets
add name=ucdhcp-branch-msuc options=ucdhcp-branch-43,ucdhcp-branch-120
/ip dhcp-server matcher
add name=ucdhcp-branch-msuc server=dhcp-branch code=60 value="MS-UC-Client" option-set=ucdhcp-branch-msuc

# RouterOS v6 has no matcher: instead of the v7 lines above, attach the options to the phones'
# network, where every client that asks for them gets them. Remove the leading # to use:
# /ip dhcp-server network set [find address=10.10.20.0/24] dhcp-option=ucdhcp-branch-43,ucdhcp-branch-120
# ---- ucdhcp end ----
