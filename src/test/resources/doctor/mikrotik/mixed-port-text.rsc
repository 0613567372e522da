# dec/06/2026 10:00:00 by RouterOS 7.16
# software id = ABCD-1234
/ip dhcp-server option
add code=120 name=lync-120 value=0x00046C796E63077363686572747A056C6F63616C00
add code=43 name=lync-43 value="0x010Cs'MS-UC-Client'0x0205s'https'0x0312s'lync.schertz.local'0x0403s'443'0x0525s'/CertProv/CertProvisioningService.svc'"
/ip dhcp-server option sets
add name=lync-set options=lync-43,lync-120
/ip dhcp-server matcher
add code=60 name=ms-uc-client option-set=lync-set server=dhcp-voice value="MS-UC-Client"
